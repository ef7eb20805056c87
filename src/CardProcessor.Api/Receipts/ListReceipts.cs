using CardProcessor.Api.Paging;
using CardProcessor.Data;
using CardProcessor.Data.Receipts;
using CardProcessor.Reports.Rows;

namespace CardProcessor.Api.Receipts;

/// <param name="EmployeeId">Only this employee's receipts.</param>
/// <param name="MatchStatus">Only receipts in this match state.</param>
public sealed record ReceiptFilter(Guid? EmployeeId, MatchStatus? MatchStatus);

internal static class ListReceipts
{
    public static async Task<PagedResult<ReceiptResponse>> HandleAsync(
        Guid id,
        [AsParameters] PageRequest page,
        [AsParameters] ReceiptFilter filter,
        CardProcessorDbContext db,
        CancellationToken cancellationToken)
    {
        var query = db.Receipts.Where(r => r.SessionId == id);
        if (filter.EmployeeId is { } employeeId)
        {
            query = query.Where(r => r.EmployeeId == employeeId);
        }

        if (filter.MatchStatus is { } status)
        {
            query = query.Where(r => r.MatchStatus == status);
        }

        var rows = await query.OrderBy(r => r.Sequence)
            .Select(ReceiptRow.Projection)
            .ToPageAsync(page, cancellationToken);
        return new PagedResult<ReceiptResponse>(
            rows.Items.Select(ReceiptResponse.From).ToList(), rows.Page, rows.PageSize, rows.Total);
    }
}
