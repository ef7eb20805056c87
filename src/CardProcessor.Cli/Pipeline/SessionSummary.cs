using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CardProcessor.Cli.Pipeline;

/// <summary>What a processed session contains, in the words finance uses.</summary>
internal sealed record SessionSummary(
    int Cards,
    int VehicleCards,
    int Transactions,
    decimal TransactionTotal,
    decimal? PrintedTotal,
    int Receipts,
    int ReceiptsMatched,
    IReadOnlyList<(string Rule, int Count)> OpenIssuesByRule)
{
    public static async Task<SessionSummary> ReadAsync(
        CardProcessorApiClient api, string sessionId, CancellationToken cancellationToken)
    {
        var cards = await api.GetAllAsync($"/api/v1/sessions/{sessionId}/cards", cancellationToken);
        var transactions = await api.GetAllAsync($"/api/v1/sessions/{sessionId}/transactions", cancellationToken);
        var receipts = await api.GetAllAsync($"/api/v1/sessions/{sessionId}/receipts", cancellationToken);
        var issues = await api.GetAllAsync($"/api/v1/sessions/{sessionId}/issues", cancellationToken);
        var printed = cards.All(c => c.GetProperty("printedTotal").ValueKind == JsonValueKind.Number)
            ? cards.Sum(c => c.GetProperty("printedTotal").GetDecimal())
            : (decimal?)null;
        return new SessionSummary(
            cards.Count,
            cards.Count(c => c.GetProperty("isVehicle").GetBoolean()),
            transactions.Count,
            transactions.Sum(t => t.GetProperty("amount").GetDecimal()),
            printed,
            receipts.Count,
            receipts.Count(r => r.GetProperty("match").GetProperty("status").GetString() is "Matched" or "Confirmed"),
            issues.Where(i => i.GetProperty("status").GetString() is "Open" or "Reopened")
                .GroupBy(i => i.GetProperty("rule").GetString()!)
                .Select(g => (g.Key, g.Count()))
                .OrderByDescending(g => g.Item2)
                .ToList());
    }

    public string Render()
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine(culture, $"  cards:         {Cards} ({Cards - VehicleCards} people, {VehicleCards} vehicles)");
        var printed = PrintedTotal is { } p ? $" (cards print {p:N2})" : string.Empty;
        text.AppendLine(culture, $"  transactions:  {Transactions}, total {TransactionTotal:N2}{printed}");
        text.AppendLine(culture, $"  receipts:      {Receipts}, {ReceiptsMatched} matched to a charge");
        text.AppendLine(culture, $"  open issues:   {OpenIssuesByRule.Sum(i => i.Count)}");
        foreach (var (rule, count) in OpenIssuesByRule)
        {
            text.AppendLine(culture, $"    {rule,-28} {count,5}");
        }

        return text.ToString();
    }
}
