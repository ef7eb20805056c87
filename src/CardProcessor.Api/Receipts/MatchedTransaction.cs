namespace CardProcessor.Api.Receipts;

public sealed record MatchedTransaction(
    Guid Id, string? Reference, DateOnly TransactionDate, decimal Amount, string Merchant, string CardLast4);
