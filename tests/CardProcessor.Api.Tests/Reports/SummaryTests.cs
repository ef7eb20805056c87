using System.Net;
using System.Text.Json;
using CardProcessor.Data.Receipts;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Tests.Reports;

[Collection(ReportsFixtureGroup.Name)]
public sealed class SummaryTests(ReportsFixture reports)
{
    private readonly HttpClient _reader = reports.ClientFor("ReadOnly");

    [Fact]
    public async Task The_summary_totals_by_employee_merchant_group_and_category_add_up_to_the_database()
    {
        await using var db = reports.Api.Database.CreateContext();
        var id = reports.FixtureSessionId;
        var transactions = await db.Transactions.Where(t => t.SessionId == id).ToListAsync();
        var receipts = await db.Receipts.Where(r => r.SessionId == id).ToListAsync();
        var issues = await db.ValidationIssues.Where(i => i.SessionId == id).ToListAsync();

        var summary = await _reader.GetJsonAsync($"/api/v1/reports/summary?session={id}");

        var totals = summary.GetProperty("transactions");
        Assert.Equal(transactions.Count, totals.GetProperty("count").GetInt32());
        Assert.Equal(transactions.Sum(t => t.Amount), totals.GetProperty("total").GetDecimal());
        Assert.Equal(
            transactions.Where(t => t.Amount < 0).Sum(t => t.Amount),
            totals.GetProperty("credits").GetDecimal());
        var receiptTotals = summary.GetProperty("receipts");
        Assert.Equal(receipts.Count, receiptTotals.GetProperty("count").GetInt32());
        Assert.Equal(
            receipts.Count(r => r.MatchStatus is MatchStatus.Matched or MatchStatus.Confirmed),
            receiptTotals.GetProperty("matched").GetInt32());
        foreach (var grouping in new[] { "byEmployee", "byMerchantGroup" })
        {
            Assert.Equal(
                transactions.Sum(t => t.Amount),
                summary.GetProperty(grouping).EnumerateArray().Sum(g => g.GetProperty("total").GetDecimal()));
            Assert.Equal(
                transactions.Count,
                summary.GetProperty(grouping).EnumerateArray().Sum(g => g.GetProperty("count").GetInt32()));
        }

        foreach (var group in transactions.GroupBy(t => t.MerchantGroup))
        {
            Assert.Contains(summary.GetProperty("byMerchantGroup").EnumerateArray(), g =>
                g.GetProperty("key").GetString() == group.Key
                && g.GetProperty("total").GetDecimal() == group.Sum(t => t.Amount));
        }

        Assert.Equal(
            receipts.Sum(r => r.Amount),
            summary.GetProperty("byCategory").EnumerateArray().Sum(g => g.GetProperty("total").GetDecimal()));
        Assert.Contains(summary.GetProperty("byEmployee").EnumerateArray(), e =>
            e.GetProperty("name").GetString() == "Aisha Nwosu");
        foreach (var group in issues.GroupBy(i => (i.RuleCode, i.Status)))
        {
            Assert.Contains(summary.GetProperty("issues").EnumerateArray(), i =>
                i.GetProperty("ruleCode").GetString() == group.Key.RuleCode
                && i.GetProperty("status").GetString() == group.Key.Status.ToString()
                && i.GetProperty("count").GetInt32() == group.Count());
        }

        var processing = summary.GetProperty("processing");
        Assert.Equal(42, processing.GetProperty("seconds").GetDouble());
        Assert.Equal(2, processing.GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task The_summary_needs_a_known_session()
    {
        using var missing = await _reader.GetAsync("/api/v1/reports/summary");
        using var unknown = await _reader.GetAsync($"/api/v1/reports/summary?session={Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }
}
