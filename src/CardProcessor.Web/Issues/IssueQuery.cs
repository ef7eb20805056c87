using System.Globalization;

namespace CardProcessor.Web.Issues;

/// <summary>
/// The issues table's filters, sort and page as they stand in the URL (so a filtered view can be shared), and the
/// API query they become. Unknown values are dropped rather than sent, so a hand-edited link still works.
/// </summary>
public sealed record IssueQuery(
    string? Status, string? Severity, string? Rule, string? Assignee, string? Sort, string? Search, int Page)
{
    public const int PageSize = 50;

    public static readonly string[] Statuses = ["Open", "Resolved", "Waived"];

    public static readonly string[] Severities = ["Error", "Warning", "Info"];

    public static readonly (string Value, string Label)[] Sorts =
        [("created", "Oldest first"), ("-created", "Newest first"), ("severity", "Severity"), ("rule", "Rule")];

    public string ToApiQuery()
    {
        var parts = new List<string> { $"page={Math.Max(1, Page)}", $"pageSize={PageSize}" };
        if (Statuses.Contains(Status))
        {
            parts.Add($"status={Status}");
        }

        if (Severities.Contains(Severity))
        {
            parts.Add($"severity={Severity}");
        }

        if (!string.IsNullOrWhiteSpace(Rule))
        {
            parts.Add($"rule={Uri.EscapeDataString(Rule.Trim())}");
        }

        if (!string.IsNullOrWhiteSpace(Assignee))
        {
            parts.Add($"assignee={Uri.EscapeDataString(Assignee.Trim())}");
        }

        if (Sorts.Any(s => s.Value == Sort))
        {
            parts.Add($"sort={Sort}");
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            parts.Add($"search={Uri.EscapeDataString(Search.Trim())}");
        }

        return string.Join('&', parts);
    }

    /// <summary>The same view on another page, for the pager's links.</summary>
    public string LinkToPage(Guid sessionId, int page)
    {
        var parts = new List<string> { $"page={page.ToString(CultureInfo.InvariantCulture)}" };
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("status", Status);
        Add("severity", Severity);
        Add("rule", Rule);
        Add("assignee", Assignee);
        Add("sort", Sort);
        Add("search", Search);
        return $"/sessions/{sessionId}/issues?{string.Join('&', parts)}";
    }
}
