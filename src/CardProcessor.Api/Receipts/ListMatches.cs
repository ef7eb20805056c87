using CardProcessor.Api.Hosting;
using CardProcessor.Api.Paging;
using CardProcessor.Data;
using CardProcessor.Data.Receipts;

namespace CardProcessor.Api.Receipts;

/// <param name="Status">Only matches in this state (Suggested lists what waits for a reviewer).</param>
public sealed record MatchFilter(MatchStatus? Status);

internal static class ListMatches
{
    public static async Task<PagedResult<MatchListItem>> HandleAsync(
        Guid id, [AsParameters] PageRequest page, [AsParameters] MatchFilter filter, CardProcessorDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Receipts.Where(r => r.SessionId == id);
        if (filter.Status is { } status)
        {
            query = query.Where(r => r.MatchStatus == status);
        }

        return await query
            .OrderBy(r => r.Sequence)
            .Select(r => new MatchListItem(
                r.Id,
                r.EmployeeName,
                r.Date,
                r.Amount,
                r.Merchant,
                r.MatchStatus,
                r.MatchScore,
                r.MatchReason,
                r.MatchedTransaction == null
                    ? null
                    : new MatchedTransaction(r.MatchedTransaction.Id, r.MatchedTransaction.Reference, r.MatchedTransaction.TransactionDate, r.MatchedTransaction.Amount, r.MatchedTransaction.Merchant, r.MatchedTransaction.Card!.Last4),
                ETags.From(r.Version)))
            .ToPageAsync(page, cancellationToken);
    }
}
