using CardProcessor.Api.Paging;
using CardProcessor.Data;
using CardProcessor.Data.Receipts;

namespace CardProcessor.Api.Receipts;

/// <param name="Status">Only matches in this state (Suggested lists what waits for a reviewer).</param>
public sealed record MatchFilter(MatchStatus? Status);

internal static class ListMatches
{
    public static async Task<PagedResult<MatchListItem>> HandleAsync(
        Guid id,
        [AsParameters] PageRequest page,
        [AsParameters] MatchFilter filter,
        CardProcessorDbContext db,
        CancellationToken cancellationToken)
    {
        var query = db.Receipts.Where(r => r.SessionId == id);
        if (filter.Status is { } status)
        {
            query = query.Where(r => r.MatchStatus == status);
        }

        return await query
            .OrderBy(r => r.Sequence)
            .Select(MatchListItem.Projection)
            .ToPageAsync(page, cancellationToken);
    }
}
