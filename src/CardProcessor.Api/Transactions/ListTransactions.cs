using CardProcessor.Api.Paging;
using CardProcessor.Data;
using CardProcessor.Data.Receipts;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Transactions;

/// <param name="CardId">Only this card's transactions.</param>
/// <param name="EmployeeId">Only this employee's transactions.</param>
/// <param name="Reference">Only the transaction with this reference (Transaction #).</param>
public sealed record TransactionFilter(Guid? CardId, Guid? EmployeeId, string? Reference);

internal static class ListTransactions
{
    public static async Task<PagedResult<TransactionResponse>> HandleAsync(
        Guid id, [AsParameters] PageRequest page, [AsParameters] TransactionFilter filter, CardProcessorDbContext db, CancellationToken cancellationToken)
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

        return await query
            .OrderBy(t => t.Sequence)
            .Select(t => new TransactionResponse(
                t.Id, t.SessionId, t.DocumentId, t.Page, t.Sequence, t.CardId, t.Card!.Last4, t.Card.HolderName, t.EmployeeId,
                t.TransactionDate, t.PostingDate, t.Reference, t.Merchant, t.City, t.State, t.Mcc, t.Amount,
                t.ForeignCurrency == null ? null : new ForeignAmountResponse(t.ForeignCurrency, t.ForeignAmount!.Value, t.ForeignRate!.Value),
                t.Level, t.MerchantGroup,
                t.TotalsNet == null ? null : new TotalsResponse(t.TotalsGross!.Value, t.TotalsDiscount!.Value, t.TotalsNet.Value),
                t.LineItems.OrderBy(l => l.LineNumber).Select(l => new LineItemResponse(l.LineNumber, l.Description, l.UnitPrice, l.Quantity, l.Gross, l.Discount, l.Net)).ToList(),
                db.Receipts.Where(r => r.MatchedTransactionId == t.Id && (r.MatchStatus == MatchStatus.Matched || r.MatchStatus == MatchStatus.Confirmed)).Select(r => (Guid?)r.Id).FirstOrDefault()))
            .ToPageAsync(page, cancellationToken);
    }
}
