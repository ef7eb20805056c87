using System.Globalization;
using CardProcessor.Web.Api;
using CardProcessor.Web.Api.Models;

namespace CardProcessor.Web.Issues;

/// <summary>The issues table's bulk changes, each answered with the sentence the page shows.</summary>
public static class BulkActions
{
    /// <summary>Resolves or waives the issues with one note (the bulk route); refusals are counted, not
    /// hidden.</summary>
    public static async Task<string> MoveAsync(
        ApiClient api, IReadOnlyList<Guid> ids, string status, string? note, CancellationToken cancellationToken)
    {
        var outcomes = await api.SendAsync<List<BulkOutcome>>(
            HttpMethod.Post, "issues/bulk", new { issueIds = ids, status, note }, cancellationToken: cancellationToken);
        return Describe(outcomes, status == "Waived" ? "waived" : "resolved");
    }

    /// <summary>Assigns the issues (an empty name unassigns), the note a comment on each: one bulk call.</summary>
    public static async Task<string> AssignAsync(
        ApiClient api, IReadOnlyList<Guid> ids, string? assignee, string? note, CancellationToken cancellationToken)
    {
        var name = assignee?.Trim() ?? "";
        var outcomes = await api.SendAsync<List<BulkOutcome>>(
            HttpMethod.Post,
            "issues/bulk",
            new { issueIds = ids, assignee = name, note = string.IsNullOrWhiteSpace(note) ? null : note },
            cancellationToken: cancellationToken);
        return Describe(outcomes, name.Length == 0 ? "unassigned" : $"assigned to {name}");
    }

    public static string Describe(IReadOnlyList<BulkOutcome> outcomes, string verb)
    {
        var updated = outcomes.Count(o => o.Outcome == "updated");
        var refused = outcomes.Where(o => o.Outcome != "updated").ToList();
        var sentence = string.Create(CultureInfo.InvariantCulture, $"{updated} issue(s) {verb}.");
        if (refused.Count > 0)
        {
            var reasons = string.Join(
                "; ", refused.Select(o => o.Reason ?? o.Outcome).Distinct(StringComparer.Ordinal));
            sentence += string.Create(CultureInfo.InvariantCulture, $" {refused.Count} not changed: {reasons}");
        }

        return sentence;
    }
}
