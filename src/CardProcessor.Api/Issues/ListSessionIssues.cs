using CardProcessor.Api.Paging;
using CardProcessor.Data;
using CardProcessor.Data.Issues;

namespace CardProcessor.Api.Issues;

/// <param name="Status">Only issues in this status.</param>
/// <param name="Rule">Only issues of this rule code.</param>
/// <param name="Severity">Only issues of this severity.</param>
/// <param name="Assignee">Only issues assigned to this reviewer.</param>
/// <param name="Sort">created (default), -created, severity, rule.</param>
public sealed record IssueFilter(
    IssueStatus? Status,
    string? Rule,
    IssueSeverity? Severity,
    string? Assignee,
    string? Sort);

internal static class ListSessionIssues
{
    public static async Task<PagedResult<IssueResponse>> HandleAsync(
        Guid id,
        [AsParameters] PageRequest page,
        [AsParameters] IssueFilter filter,
        CardProcessorDbContext db,
        CancellationToken cancellationToken)
    {
        var query = db.ValidationIssues.Where(i => i.SessionId == id);
        if (filter.Status is { } status)
        {
            query = query.Where(i => i.Status == status);
        }

        if (filter.Rule is { Length: > 0 } rule)
        {
            query = query.Where(i => i.RuleCode == rule);
        }

        if (filter.Severity is { } severity)
        {
            query = query.Where(i => i.Severity == severity);
        }

        if (filter.Assignee is { Length: > 0 } assignee)
        {
            query = query.Where(i => i.Assignee == assignee);
        }

        var ordered = filter.Sort switch
        {
            "-created" => query.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id),
            "severity" => query.OrderByDescending(i => i.Severity == IssueSeverity.Error)
                .ThenByDescending(i => i.Severity == IssueSeverity.Warning)
                .ThenBy(i => i.Id),
            "rule" => query.OrderBy(i => i.RuleCode).ThenBy(i => i.Id),
            _ => query.OrderBy(i => i.CreatedAt).ThenBy(i => i.Id),
        };
        return await ordered.Select(IssueResponse.Projection).ToPageAsync(page, cancellationToken);
    }
}
