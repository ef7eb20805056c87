using ClosedXML.Excel;

namespace CardProcessor.Api.Tests.Reports;

/// <summary>
/// Text that a spreadsheet would run as a formula is neutralised with a leading apostrophe; numbers, negative ones
/// included, stay numbers.
/// </summary>
[Collection(ReportsFixtureGroup.Name)]
public sealed class InjectionTests(ReportsFixture reports)
{
    private readonly HttpClient _reader = reports.ClientFor("ReadOnly");

    [Fact]
    public async Task Csv_text_starting_with_a_formula_character_is_neutralised_and_a_credit_stays_a_negative_number()
    {
        var transactions = CsvTable.Parse(await _reader.ExportCsvAsync(reports.HostileSessionId, "transactions"));
        var receipts = CsvTable.Parse(await _reader.ExportCsvAsync(reports.HostileSessionId, "receipts"));
        var issues = CsvTable.Parse(await _reader.ExportCsvAsync(reports.HostileSessionId, "issues"));
        var erp = CsvTable.Parse(await _reader.ExportCsvAsync(reports.HostileSessionId, "erp-import"));

        Assert.Equal(
            new[]
            {
                HostileSession.FormulaMerchant,
                HostileSession.PlusMerchant,
                HostileSession.AtMerchant,
                HostileSession.TabMerchant,
            }
                .Select(m => "'" + m)
                .Order(),
            transactions.Rows.Select(r => r["Merchant"]).Order());
        var credit = Assert.Single(transactions.Rows, r => r["Merchant"] == "'" + HostileSession.PlusMerchant);
        Assert.Equal("-6.44", credit["Amount"]);
        Assert.Contains(receipts.Rows, r =>
            r["Purpose"] == "'" + HostileSession.MinusPurpose
            && r["Merchant Name"] == "'" + HostileSession.FormulaReceiptMerchant);
        Assert.Contains(receipts.Rows, r => r["Purpose"] == "'" + HostileSession.AtPurpose && r["Amount"] == "-6.44");
        Assert.Contains(issues.Rows, r => r["Message"] == "'" + HostileSession.IssueMessage);
        Assert.Contains(erp.Rows, r =>
            r["Transaction Name"] == "'" + HostileSession.AtPurpose && r["Transaction Amount"] == "-6.44");
    }

    [Fact]
    public async Task Excel_text_starting_with_a_formula_character_is_neutralised_and_a_credit_stays_a_number_cell()
    {
        using var workbook = new XLWorkbook(await _reader.ExportWorkbookAsync(reports.HostileSessionId));

        var transactions = workbook.Worksheet("Transactions");
        var merchant = WorkbookTests.Column(transactions, "Merchant");
        var amount = WorkbookTests.Column(transactions, "Amount");
        foreach (var row in WorkbookTests.DataRows(transactions))
        {
            var cell = row.Cell(merchant);
            Assert.False(cell.HasFormula);
            Assert.Equal(XLDataType.Text, cell.DataType);
            Assert.StartsWith("'", cell.GetString(), StringComparison.Ordinal);
        }

        var credit = WorkbookTests
            .DataRows(transactions)
            .Single(r => r.Cell(merchant).GetString() == "'" + HostileSession.PlusMerchant)
            .Cell(amount);
        Assert.Equal(XLDataType.Number, credit.DataType);
        Assert.Equal(HostileSession.Credit, credit.GetValue<decimal>());

        var receipts = workbook.Worksheet("Receipts");
        Assert.Contains(WorkbookTests.DataRows(receipts), r =>
            r.Cell(WorkbookTests.Column(receipts, "Purpose")).GetString() == "'" + HostileSession.MinusPurpose);
        var issues = workbook.Worksheet("Issues");
        Assert.Contains(WorkbookTests.DataRows(issues), r =>
            r.Cell(WorkbookTests.Column(issues, "Message")).GetString() == "'" + HostileSession.IssueMessage);
        var details = workbook.Worksheet("Receipt Issue Details");
        Assert.Equal(
            ["Missing Coding", "Missing Receipt"],
            WorkbookTests.DataRows(details).Select(r => r.Cell(8).GetString()).Order());
        Assert.Contains(WorkbookTests.DataRows(details), r =>
            r.Cell(6).GetString() == "'" + HostileSession.TabMerchant);
        Assert.Equal(163.56m, WorkbookTests.DataRows(transactions).Sum(r => r.Cell(amount).GetValue<decimal>()));
    }
}
