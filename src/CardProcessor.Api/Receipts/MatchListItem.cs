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
    string ETag);

public sealed record MatchedTransaction(Guid Id, string? Reference, DateOnly TransactionDate, decimal Amount, string Merchant, string CardLast4);
