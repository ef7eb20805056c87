using CardProcessor.Web.Api.Models;

namespace CardProcessor.Web.Sessions;

internal static class SummaryLogic
{
    /// <summary>Whether the extracted charges add up to the statement's printed total, to the cent.</summary>
    public static bool? Reconciled(StatementCard card) =>
        card.PrintedTotal is { } printed ? printed == card.TransactionTotal : null;

    public static IReadOnlyList<(string Rule, int Count)> CountByRule(IEnumerable<Issue> issues) =>
        issues.GroupBy(i => i.Rule, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(g => g.Item2)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
}
