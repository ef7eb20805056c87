using CardProcessor.Data.Issues;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Tests.Reports;

[Collection(ReportsFixtureGroup.Name)]
public sealed class ReceiptIssueDetailsTests(ReportsFixture reports)
{
    private static readonly Dictionary<string, string> s_labels = new()
    {
        ["missing-all-receipts"] = "Missing All Receipts",
        ["charge-without-receipt"] = "Missing Receipt",
        ["missing-coding"] = "Missing Coding",
        ["missing-attachment"] = "Missing Attachment",
        ["amount-mismatch"] = "Amount Mismatch",
    };

    [Fact]
    public async Task Each_open_receipt_problem_is_one_row_whose_status_names_every_problem_of_that_receipt_or_charge()
    {
        await using var db = reports.Api.Database.CreateContext();
        var id = reports.FixtureSessionId;
        var open = await db
            .ValidationIssues.Where(i =>
                i.SessionId == id
                && (i.Status == IssueStatus.Open || i.Status == IssueStatus.Reopened)
                && s_labels.Keys.Contains(i.RuleCode))
            .ToListAsync();
        var receipts = await db.Receipts.Where(r => r.SessionId == id).ToDictionaryAsync(r => r.Id);
        var transactions = await db.Transactions.Where(t => t.SessionId == id).ToDictionaryAsync(t => t.Id);
        var expected = new Dictionary<(string Merchant, decimal Amount, DateOnly Date), SortedSet<string>>();
        void Expect(string merchant, decimal amount, DateOnly date, string rule)
        {
            var key = (merchant, amount, date);
            if (!expected.TryGetValue(key, out var labels))
            {
                expected[key] = labels = [];
            }

            labels.Add(s_labels[rule]);
        }

        foreach (var issue in open)
        {
            if (issue.RuleCode == "missing-all-receipts")
            {
                foreach (var charge in transactions.Values.Where(t => t.CardId == issue.CardId && t.Amount > 0))
                {
                    Expect(charge.Merchant, charge.Amount, charge.TransactionDate, issue.RuleCode);
                }
            }
            else if (issue.RuleCode == "charge-without-receipt")
            {
                var charge = transactions[issue.TransactionId!.Value];
                Expect(charge.Merchant, charge.Amount, charge.TransactionDate, issue.RuleCode);
            }
            else
            {
                var receipt = receipts[issue.ReceiptId!.Value];
                Expect(receipt.Merchant!, receipt.Amount, receipt.Date, issue.RuleCode);
            }
        }

        Assert.NotEmpty(expected);
        using var workbook = new XLWorkbook(await reports.ClientFor("Reviewer").ExportWorkbookAsync(id));

        var sheet = workbook.Worksheet("Receipt Issue Details");
        var rows = WorkbookTests.DataRows(sheet).ToList();
        Assert.Equal(expected.Count, rows.Count);
        foreach (var row in rows)
        {
            var key = (
                row.Cell(6).GetString(),
                row.Cell(4).GetValue<decimal>(),
                DateOnly.FromDateTime(row.Cell(3).GetDateTime()));
            Assert.True(expected.TryGetValue(key, out var labels), $"unexpected row {key}");
            Assert.Equal(labels.Order(), row.Cell(8).GetString().Split(", ").Order());
            Assert.False(string.IsNullOrEmpty(row.Cell(1).GetString()));
        }
    }
}
