namespace CardProcessor.Api.Sessions;

public sealed record ComparedTransaction(
    Guid Id,
    string CardLast4,
    string? Reference,
    DateOnly TransactionDate,
    DateOnly? PostingDate,
    string Merchant,
    decimal Amount);
