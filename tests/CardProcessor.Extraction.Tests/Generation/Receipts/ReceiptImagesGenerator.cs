using System.Globalization;
using System.Text.Json.Nodes;

namespace CardProcessor.Extraction.Tests.Generation.Receipts;

/// <summary>
/// Generates receipt images reports: one expense per page with Job, GL or no coding and with or
/// without an attachment, printed either as the expense tool exports it (values under their
/// labels, some before them) or as "Label: value" lines (another producer).
/// </summary>
internal static class ReceiptImagesGenerator
{
    private static readonly string[] _types = ["General Expense", "Fuel", "Maintenance", "Travel",
        "Meals & Entertainment", "Office Supplies"];
    private static readonly string[] _purposes = ["Crew lunch", "Jobsite fuel", "Parts for unit repair",
        "Hotel for turnaround work", "Safety supplies"];
    private static readonly (string Code, string Name)[] _jobs = [("31007.", "NORTH DOCK EXPANSION"),
        ("40211.", "TANK FARM 3"), ("28800.", "SUBSTATION RETROFIT")];
    private static readonly (string Code, string Name)[] _phases = [("100.01", "MOBILIZATION"), ("220.", "PIPING"),
        ("310.05", "DEMOLITION")];
    private static readonly (string Code, string Name)[] _accounts = [("6450.00", "Repairs & Maintenance"),
        ("6530.00", "Meals"), ("6710.00", "Licenses & Permits")];

    public static GeneratedDocument Generate(int seed)
    {
        var random = new Random(seed);
        var inline = random.Next(3) == 0;
        var font = random.Pick(new[] { PdfFontFamily.Helvetica, PdfFontFamily.Times, PdfFontFamily.Courier });
        var pages = new GeneratedPages(612, 792, font, random.Next(2) == 0);
        var receipts = Enumerable.Range(0, random.Next(1, 12)).Select(_ => Receipt(random)).ToList();
        var size = 8 + random.Next(3);
        foreach (var receipt in receipts)
        {
            pages.NewPage();
            ReceiptPageLayout.Lay(pages, receipt, inline, size);
        }

        var truth = new JsonObject
        {
            ["kind"] = "receipts",
            ["layout"] = "receipt-images-report",
            ["company"] = null,
            ["period_start"] = null,
            ["period_end"] = null,
            ["receipts"] = new JsonArray(receipts.Select(Truth).ToArray()),
        };
        return new GeneratedDocument(
            $"receipt images seed {seed} ({receipts.Count} pages, {(inline ? "inline labels" : "export layout")}, "
            + $"{font})", pages.Render(), truth);
    }

    private static GeneratedReceipt Receipt(Random random)
    {
        var first = random.Pick(FakeData.FirstNames);
        var last = random.Pick(FakeData.LastNames);
        var middle = random.Next(3) == 0 ? $" {(char)('A' + random.Next(26))}." : string.Empty;
        var display = $"{Title(first)}{middle} {Title(last)}";
        var (group, merchants, _) = random.Pick(FakeData.FleetMerchants);
        var (city, state) = random.Pick(FakeData.FleetCities);
        var amount = random.Next(10) == 0 ? random.Cents(1000m, 4000m) : random.Cents(5m, 900m);
        if (random.Next(15) == 0)
        {
            amount = -amount;
        }

        GeneratedCoding? coding = random.Next(8) switch
        {
            0 => null,
            < 4 => Job(random),
            _ => Gl(random),
        };
        var date = new DateOnly(random.Next(2024, 2029), random.Next(1, 13), random.Next(1, 29));
        var attachment = random.Next(8) == 0 ? null : $"receipt_{date:MMdd}_{random.Digits(4)}.jpg";
        return new GeneratedReceipt(
            display, $"{first}{last}", random.Next(1000000, 9999999).ToString(CultureInfo.InvariantCulture),
                random.Pick(_types), date,
            random.Next(10000000, 99999999).ToString(CultureInfo.InvariantCulture), $"{Title(group)} - {Title(city)}",
                amount,
            $"{city} {state}", random.Pick(_purposes), random.Pick(merchants), $"{city} {state}", coding, attachment);
    }

    private static GeneratedCoding Job(Random random)
    {
        var job = random.Pick(_jobs);
        var phase = random.Pick(_phases);
        return new GeneratedCoding(job.Code, job.Name, phase.Code, phase.Name,
            random.Next(1, 9).ToString(CultureInfo.InvariantCulture), null, null);
    }

    private static GeneratedCoding Gl(Random random)
    {
        var account = random.Pick(_accounts);
        return new GeneratedCoding(null, null, null, null, null, account.Code, account.Name);
    }

    private static string Title(string text) =>
        string.Join(' ', text.Split(' ').Select(w => w.Length == 0 ? w : w[0] + w[1..].ToLowerInvariant()));

    private static JsonNode Truth(GeneratedReceipt r) => new JsonObject
    {
        ["employee"] = r.Employee,
        ["cardholder"] = r.Cardholder,
        ["report_number"] = r.ReportNumber,
        ["expense_type"] = r.ExpenseType,
        ["date"] = JsonValues.Date(r.Date),
        ["transaction_id"] = r.TransactionId,
        ["title"] = r.Title,
        ["amount"] = JsonValues.Amount(r.Amount),
        ["purpose"] = r.Purpose,
        ["merchant"] = r.Merchant,
        ["merchant_address"] = r.MerchantAddress,
        ["coding"] = r.Coding is not { } c ? null : c.IsJob
            ? new JsonObject { ["type"] = "Job", ["job"] = c.Job, ["job_name"] = c.JobName, ["phase"] = c.Phase,
                ["phase_name"] = c.PhaseName, ["cost_type"] = c.CostType }
            : new JsonObject { ["type"] = "GL", ["gl_account"] = c.GlAccount, ["gl_description"] = c.GlDescription },
        ["has_attachment"] = r.Attachment is not null,
        ["matches_reference"] = null,
    };
}
