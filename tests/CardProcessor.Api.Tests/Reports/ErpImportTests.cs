using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Tests.Reports;

[Collection(ReportsFixtureGroup.Name)]
public sealed class ErpImportTests(ReportsFixture reports)
{
    private readonly HttpClient _reader = reports.ClientFor("ReadOnly");

    [Fact]
    public async Task The_default_erp_import_has_the_old_tools_header_and_writes_every_field_in_its_format()
    {
        foreach (var session in new[] { reports.FixtureSessionId, reports.HostileSessionId })
        {
            var content = await _reader.ExportCsvAsync(session, "erp-import");

            ErpLayout.AssertMatches(ErpLayout.Legacy, content);
        }
    }

    [Fact]
    public async Task With_the_iso_choice_the_erp_import_writes_iso_dates_and_the_invoice_number_without_a_space()
    {
        await using var iso = reports.Api.WithSetting("Reports:ErpImport:DateFormat", "Iso");
        using var client = iso.ClientFor("ReadOnly");

        foreach (var session in new[] { reports.FixtureSessionId, reports.HostileSessionId })
        {
            var content = await client.ExportCsvAsync(session, "erp-import");

            ErpLayout.AssertMatches(ErpLayout.Iso, content);
        }

        var hostile = CsvTable.Parse(await client.ExportCsvAsync(reports.HostileSessionId, "erp-import"));
        Assert.All(hostile.Rows, r =>
            Assert.Equal((HostileSession.Last4 + "010124", "2024-01-01"), (r["Invoice #"], r["Invoice Date"])));
    }

    [Fact]
    public async Task An_erp_date_format_that_names_neither_choice_stops_the_api_at_start()
    {
        foreach (var value in new[] { "Excel", "7" })
        {
            await using var wrong = reports.Api.WithSetting("Reports:ErpImport:DateFormat", value);

            var error = Assert.ThrowsAny<Exception>(() => wrong.ClientFor("ReadOnly").Dispose());

            Assert.Contains("DateFormat", error.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_erp_import_has_one_line_per_coded_receipt_of_the_database_with_its_values()
    {
        await using var db = reports.Api.Database.CreateContext();
        var coded = await db
            .Receipts.Where(r => r.SessionId == reports.FixtureSessionId && r.CodingType != null && r.CardId != null)
            .ToListAsync();
        var cards = await db.Cards.ToDictionaryAsync(c => c.Id);

        var content = await _reader.ExportCsvAsync(reports.FixtureSessionId, "erp-import");
        var csv = CsvTable.Parse(content);

        Assert.False(
            content.AsSpan().StartsWith(Encoding.UTF8.Preamble),
            "no byte-order mark: the import reads the first header literally");
        Assert.Equal(coded.Count, csv.Rows.Count);
        foreach (var receipt in coded)
        {
            var row = Assert.Single(csv.Rows, r => r["Transaction ID"] == receipt.ExpenseTransactionId);
            var card = cards[receipt.CardId!.Value];
            // As the receipt page prints it: "Transaction Date 02/12/2024".
            Assert.Equal(receipt.Date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture), row["Transaction Date"]);
            Assert.Equal(
                receipt.Amount,
                decimal.Parse(row["Transaction Amount"], NumberStyles.Number, CultureInfo.InvariantCulture));
            Assert.Equal(receipt.Purpose, row["Transaction Name"]);
            Assert.Equal(("12332", "LS", "XX"), (row["Vendor"], row["UM"], row["Tax"]));
            // The fixture's statement covers February 2024: the invoice is February's whatever day the file is made.
            Assert.Equal(card.Last4 + " 020124", row["Invoice #"]);
            Assert.Equal("02/01/2024", row["Invoice Date"]);
            Assert.Equal(receipt.CodingType == "Job" ? "2" : "1", row["Pay Type"]);
            Assert.Equal(receipt.CodingType == "Job" ? receipt.Job : string.Empty, row["Job"]);
            Assert.Equal(receipt.CodingType == "Job" ? receipt.Phase : string.Empty, row["Phase"]);
            Assert.Equal(receipt.CodingType == "Job" ? receipt.CostType : string.Empty, row["Cost Type"]);
            Assert.Equal(receipt.CodingType == "GL" ? receipt.GlAccount : string.Empty, row["GL Account"]);
            Assert.Equal(card.HolderName, row["Card Holder"]);
            Assert.Equal(card.Last4, row["Credit Card Number"]);
            Assert.Equal(receipt.Merchant, row["Credit Card Vendor"]);
            Assert.Equal(receipt.Title, row["Item Description"]);
            Assert.Equal(receipt.EmployeeName, row["Header Description"]);
        }
    }

    [Fact]
    public async Task An_uncoded_receipt_is_left_out_and_a_cycle_ending_in_January_is_invoiced_for_January()
    {
        var csv = CsvTable.Parse(await _reader.ExportCsvAsync(reports.HostileSessionId, "erp-import"));

        Assert.Equal(2, csv.Rows.Count);
        Assert.DoesNotContain(csv.Rows, r => r["Transaction Amount"] == "50.00");
        Assert.All(csv.Rows, r =>
        {
            Assert.Equal(HostileSession.Last4 + " 010124", r["Invoice #"]);
            Assert.Equal("01/01/2024", r["Invoice Date"]);
            Assert.Equal(HostileSession.DisplayName, r["Header Description"]);
        });
        Assert.Equal(["1", "2"], csv.Rows.Select(r => r["Pay Type"]).Order());
    }

    [Fact]
    public async Task Free_text_with_commas_quotes_and_line_breaks_round_trips_through_rfc_4180_quoting()
    {
        await using (var db = reports.Api.Database.CreateContext())
        {
            var receipt = await db.Receipts.SingleAsync(r =>
                r.SessionId == reports.HostileSessionId && r.CodingType == "Job");
            receipt.Title = "Parts, \"rush\" order\r\nsecond line";
            await db.SaveChangesAsync();
        }

        var csv = CsvTable.Parse(await _reader.ExportCsvAsync(reports.HostileSessionId, "erp-import"));

        Assert.Contains(csv.Rows, r => r["Item Description"] == "Parts, \"rush\" order\r\nsecond line");
    }
}
