using System.Globalization;
using CardProcessor.Data.Receipts;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Tests.Reports;

[Collection(ReportsFixtureGroup.Name)]
public sealed class CsvExportTests(ReportsFixture reports)
{
    private readonly HttpClient _reader = reports.ClientFor("ReadOnly");

    [Fact]
    public async Task The_transactions_csv_has_every_transaction_of_the_database_with_invariant_numbers_and_iso_dates()
    {
        await using var db = reports.Api.Database.CreateContext();
        var transactions = await db
            .Transactions.Where(t => t.SessionId == reports.FixtureSessionId)
            .Include(t => t.Card)
            .Include(t => t.LineItems)
            .ToListAsync();
        var paid = await db
            .Receipts.Where(r =>
                r.SessionId == reports.FixtureSessionId
                && (r.MatchStatus == MatchStatus.Matched || r.MatchStatus == MatchStatus.Confirmed))
            .Select(r => r.MatchedTransactionId)
            .ToListAsync();

        var csv = CsvTable.Parse(await _reader.ExportCsvAsync(reports.FixtureSessionId, "transactions"));

        Assert.Equal(transactions.Count, csv.Rows.Count);
        foreach (var transaction in transactions)
        {
            var row = Assert.Single(csv.Rows, r =>
                r["Transaction #"] == transaction.Reference && r["Card"] == transaction.Card!.Last4);
            Assert.Equal(
                transaction.TransactionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                row["Transaction Date"]);
            Assert.Equal(
                transaction.Amount,
                decimal.Parse(row["Amount"], NumberStyles.Number, CultureInfo.InvariantCulture));
            Assert.Equal(transaction.Merchant, row["Merchant"]);
            Assert.Equal(transaction.MerchantGroup, row["Merchant Group"]);
            Assert.Equal(transaction.LineItems.Count.ToString(CultureInfo.InvariantCulture), row["Line Items"]);
            Assert.Equal(paid.Contains(transaction.Id), bool.Parse(row["Receipt Matched"]));
        }
    }

    [Fact]
    public async Task The_receipts_csv_has_every_receipt_with_its_coding_and_the_charge_it_pays()
    {
        await using var db = reports.Api.Database.CreateContext();
        var receipts = await db
            .Receipts.Where(r => r.SessionId == reports.FixtureSessionId)
            .Include(r => r.MatchedTransaction)
            .ToListAsync();

        var csv = CsvTable.Parse(await _reader.ExportCsvAsync(reports.FixtureSessionId, "receipts"));

        Assert.Equal(receipts.Count, csv.Rows.Count);
        foreach (var receipt in receipts)
        {
            var row = Assert.Single(csv.Rows, r => r["Expense Transaction ID"] == receipt.ExpenseTransactionId);
            Assert.Equal(
                receipt.Amount,
                decimal.Parse(row["Amount"], NumberStyles.Number, CultureInfo.InvariantCulture));
            Assert.Equal(receipt.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row["Date"]);
            Assert.Equal(receipt.CodingType ?? string.Empty, row["Coding"]);
            Assert.Equal(receipt.Job ?? string.Empty, row["Job"]);
            Assert.Equal(receipt.GlAccount ?? string.Empty, row["GL Account"]);
            Assert.Equal(receipt.MatchStatus.ToString(), row["Match Status"]);
            Assert.Equal(
                receipt.MatchStatus is MatchStatus.Matched or MatchStatus.Confirmed
                    ? receipt.MatchedTransaction!.Reference
                    : string.Empty,
                row["Matched Transaction #"]);
        }
    }

    [Fact]
    public async Task The_issues_and_employees_csvs_have_every_issue_and_every_person_of_the_session()
    {
        await using var db = reports.Api.Database.CreateContext();
        var issues = await db.ValidationIssues.Where(i => i.SessionId == reports.FixtureSessionId).ToListAsync();
        var people = await db
            .StatementCards.Where(c => c.SessionId == reports.FixtureSessionId && c.EmployeeId != null)
            .Select(c => c.EmployeeNumber)
            .ToListAsync();

        var issueCsv = CsvTable.Parse(await _reader.ExportCsvAsync(reports.FixtureSessionId, "issues"));
        var employeeCsv = CsvTable.Parse(await _reader.ExportCsvAsync(reports.FixtureSessionId, "employees"));

        Assert.Equal(issues.Count, issueCsv.Rows.Count);
        foreach (var issue in issues)
        {
            var row = Assert.Single(issueCsv.Rows, r => r["Message"] == issue.Message && r["Rule"] == issue.RuleCode);
            Assert.Equal(issue.Status.ToString(), row["Status"]);
            Assert.Equal(issue.Severity.ToString(), row["Severity"]);
            Assert.Equal(issue.CreatedAt, DateTimeOffset.Parse(row["Created At"], CultureInfo.InvariantCulture));
        }

        Assert.Equal(people.Order(), employeeCsv.Rows.Select(r => r["Employee ID"]).Order());
    }

    [Fact]
    public async Task An_unknown_dataset_is_a_400_and_an_unknown_session_a_404_as_problem_details()
    {
        using var unknownDataset = await _reader.PostAsync(
            $"/api/v1/sessions/{reports.FixtureSessionId}/reports/csv?dataset=payroll",
            null);
        using var missingDataset = await _reader.PostAsync(
            $"/api/v1/sessions/{reports.FixtureSessionId}/reports/csv",
            null);
        using var unknownSession = await _reader.PostAsync(
            $"/api/v1/sessions/{Guid.NewGuid()}/reports/csv?dataset=transactions",
            null);
        using var unknownWorkbook = await _reader.PostAsync($"/api/v1/sessions/{Guid.NewGuid()}/reports/excel", null);
        using var unknownPackets = await _reader.GetAsync($"/api/v1/sessions/{Guid.NewGuid()}/packets");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, unknownDataset.StatusCode);
        Assert.Equal("application/problem+json", unknownDataset.Content.Headers.ContentType?.MediaType);
        Assert.Contains("erp-import", await unknownDataset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, missingDataset.StatusCode);
        Assert.All([unknownSession, unknownWorkbook, unknownPackets], r =>
        {
            Assert.Equal(System.Net.HttpStatusCode.NotFound, r.StatusCode);
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        });
    }
}
