using CardProcessor.Api.Paging;
using CardProcessor.Data;
using CardProcessor.Data.Issues;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Issues;

/// <param name="Status">Only issues in this status.</param>
/// <param name="Rule">Only issues of this rule code.</param>
/// <param name="Severity">Only issues of this severity.</param>
/// <param name="Assignee">Only issues assigned to this reviewer.</param>
/// <param name="Search">Case-insensitive text in the message, card holder's name, card last four or merchant;
/// its own % and _ are literal.</param>
/// <param name="Sort">created (default), -created, severity, rule.</param>
public sealed record IssueFilter(
    IssueStatus? Status,
    string? Rule,
    IssueSeverity? Severity,
    string? Assignee,
    string? Search,
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

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // The term's own wildcards are escaped, so a search for "a_b" means what it says.
            var term = filter.Search.Trim().Replace(@"\", @"\\", StringComparison.Ordinal)
                .Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
            var pattern = $"%{term}%";
            query = query.Where(i => EF.Functions.ILike(i.Message, pattern, @"\")
                || db.Cards.Any(c => c.Id == i.CardId
                    && (EF.Functions.ILike(c.HolderName, pattern, @"\") || EF.Functions.ILike(c.Last4, pattern, @"\")))
                || db.Transactions.Any(t => t.Id == i.TransactionId
                    && EF.Functions.ILike(t.Merchant, pattern, @"\")));
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
