using System.Linq.Expressions;
using CardProcessor.Api.Concurrency;
using CardProcessor.Data.Receipts;

namespace CardProcessor.Api.Receipts;

/// <summary>A receipt and the charge it pays (or is suggested to pay), with the score and the reason.</summary>
public sealed record MatchListItem(
    Guid ReceiptId,
    string EmployeeName,
    DateOnly Date,
    decimal Amount,
    string? Merchant,
    MatchStatus Status,
    decimal? Score,
    string? Reason,
    MatchedTransaction? Transaction,
    string ETag)
{
    public static readonly Expression<Func<Receipt, MatchListItem>> Projection = r => new MatchListItem(
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
            : new MatchedTransaction(
                r.MatchedTransaction.Id,
                r.MatchedTransaction.Reference,
                r.MatchedTransaction.TransactionDate,
                r.MatchedTransaction.Amount,
                r.MatchedTransaction.Merchant,
                r.MatchedTransaction.Card!.Last4),
        ETags.From(r.Version));
}
