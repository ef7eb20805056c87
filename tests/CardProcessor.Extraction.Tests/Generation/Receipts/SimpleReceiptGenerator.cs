using System.Globalization;
using System.Text.Json.Nodes;

namespace CardProcessor.Extraction.Tests.Generation.Receipts;

/// <summary>
/// Generates simple receipt reports: per employee a table of Date, Vendor, Receipt Ref, Amount,
/// with cash expenses that have no reference, tables running over pages (header repeated) and
/// page numbers.
/// </summary>
internal static class SimpleReceiptGenerator
{
    public static GeneratedDocument Generate(int seed)
    {
        var random = new Random(seed);
        var font = random.Pick(new[] { PdfFontFamily.Helvetica, PdfFontFamily.Times, PdfFontFamily.Courier });
        var pages = new GeneratedPages(612, 792, font, random.Next(2) == 0);
        var size = 8 + random.Next(3);
        var pitch = size * 1.35;
        var start = new DateOnly(random.Next(2024, 2029), random.Next(1, 13), 1);
        var end = start.AddMonths(1).AddDays(-1);
        var company = random.Pick(FakeData.Companies);
        var iso = random.Next(2) == 0;
        var receipts = new JsonArray();
        pages.NewPage();
        var y = 40d;
        void Line(string text, bool bold = false)
        {
            pages.Text(text, 40, y, size, bold);
            y += pitch;
        }

        Line(company, bold: true);
        Line("Expense Receipt Report");
        Line($"Period: {Format(start, iso)} to {Format(end, iso)}");
        var columns = new[] { 40d, 150d, 300d, 520d };
        void Header()
        {
            string[] headers = ["Date", "Vendor", "Receipt Ref", "Amount"];
            for (var i = 0; i < 4; i++)
            {
                pages.Text(headers[i], columns[i], y, size, bold: true, alignRight: i == 3);
            }

            y += pitch;
        }

        foreach (var _ in Enumerable.Range(0, random.Next(1, 7)))
        {
            var employee = random.PersonName(tricky: true);
            y += pitch;
            Line($"Employee: {employee}", bold: true);
            Header();
            foreach (var __ in Enumerable.Range(0, random.Next(1, 40)))
            {
                if (y > 740)
                {
                    pages.NewPage();
                    y = 40;
                    Header();
                }

                var date = start.AddDays(random.Next(end.DayNumber - start.DayNumber + 1));
                var vendor = string.Join(' ', random.Pick(FakeData.Merchants).Name.Split(' ').Take(2));
                var reference = random.Next(8) == 0 ? null : random.Digits(random.Pick(new[] { 11, 17, 23 }));
                var amount = random.Cents(2m, 3000m);
                pages.Text(date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture), columns[0], y, size);
                pages.Text(vendor, columns[1], y, size);
                pages.Text(reference ?? string.Empty, columns[2], y, size);
                pages.Text($"${amount.ToString("#,##0.00", CultureInfo.InvariantCulture)}", columns[3], y, size,
                    alignRight: true);
                y += pitch;
                receipts.Add(new JsonObject
                {
                    ["employee"] = employee,
                    ["date"] = JsonValues.Date(date),
                    ["vendor"] = vendor,
                    ["amount"] = JsonValues.Amount(amount),
                    ["reference"] = reference,
                });
            }
        }

        for (var i = 0; i < pages.Count; i++)
        {
            pages.TextOn(i, $"Page {i + 1} of {pages.Count}", 306, 770, size);
        }

        var truth = new JsonObject
        {
            ["kind"] = "receipts",
            ["company"] = company,
            ["period_start"] = JsonValues.Date(start),
            ["period_end"] = JsonValues.Date(end),
            ["receipts"] = receipts,
        };
        return new GeneratedDocument($"simple receipts seed {seed} ({receipts.Count} receipts, {font})", pages.Render(),
            truth);
    }

    private static string Format(DateOnly date, bool iso) =>
        date.ToString(iso ? "yyyy-MM-dd" : "MM/dd/yyyy", CultureInfo.InvariantCulture);
}
