using CardProcessor.Api.Concurrency;
using CardProcessor.Api.Paging;
using CardProcessor.Data;
using CardProcessor.Data.Receipts;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Receipts;

/// <param name="EmployeeId">Only this employee's receipts.</param>
/// <param name="MatchStatus">Only receipts in this match state.</param>
public sealed record ReceiptFilter(Guid? EmployeeId, MatchStatus? MatchStatus);

internal static class ListReceipts
{
    public static async Task<PagedResult<ReceiptResponse>> HandleAsync(
        Guid id, [AsParameters] PageRequest page, [AsParameters] ReceiptFilter filter, CardProcessorDbContext db, CancellationToken cancellationToken)
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

        return await query
            .OrderBy(r => r.Sequence)
            .Select(r => new ReceiptResponse(
                r.Id, r.SessionId, r.DocumentId, r.Page, r.Sequence, r.EmployeeId, r.CardId, r.EmployeeName, r.ReportNumber, r.ExpenseType,
                r.Date, r.ExpenseTransactionId, r.Title, r.Amount, r.Purpose, r.Merchant, r.MerchantAddress, r.Reference,
                r.CodingType == null ? null : new CodingResponse(r.CodingType, r.Job, r.JobName, r.Phase, r.PhaseName, r.CostType, r.GlAccount, r.GlDescription),
                r.HasAttachment,
                new MatchResponse(r.MatchStatus, r.MatchedTransactionId, r.MatchedTransaction != null ? r.MatchedTransaction.Reference : null, r.MatchScore, r.MatchReason),
                ETags.From(r.Version)))
            .ToPageAsync(page, cancellationToken);
    }
}
