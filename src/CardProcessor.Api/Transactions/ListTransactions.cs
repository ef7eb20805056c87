using CardProcessor.Api.Paging;
using CardProcessor.Data;
using CardProcessor.Reports.Rows;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Transactions;

internal static class ListTransactions
{
    /// <summary>One page of the session's transactions in statement order, then the line items of that page.</summary>
    public static async Task<PagedResult<TransactionResponse>> HandleAsync(
        Guid id,
        [AsParameters] PageRequest page,
        [AsParameters] TransactionFilter filter,
        CardProcessorDbContext db,
        CancellationToken cancellationToken)
    {
        var query = db.Transactions.Where(t => t.SessionId == id);
        if (filter.CardId is { } cardId)
        {
            query = query.Where(t => t.CardId == cardId);
        }

        if (filter.EmployeeId is { } employeeId)
        {
            query = query.Where(t => t.EmployeeId == employeeId);
        }

        if (filter.Reference is { Length: > 0 } reference)
        {
            query = query.Where(t => t.Reference == reference);
        }

        var rows = await query.OrderBy(t => t.Sequence)
            .Select(TransactionRow.Projection(db.Receipts))
            .ToPageAsync(page, cancellationToken);
        var ids = rows.Items.Select(t => t.Id).ToList();
        var lines = (await db.TransactionLineItems.AsNoTracking()
                .Where(l => ids.Contains(l.TransactionId))
                .OrderBy(l => l.LineNumber)
                .Select(LineItemRow.Projection)
                .ToListAsync(cancellationToken))
            .ToLookup(l => l.TransactionId);
        var items = rows.Items.Select(t => TransactionResponse.From(t, lines[t.Id])).ToList();
        return new PagedResult<TransactionResponse>(items, rows.Page, rows.PageSize, rows.Total);
    }
}
