namespace CardProcessor.Web.Api.Models;

public sealed record ComparedCharge(
    Guid Id, string CardLast4, string? Reference, DateOnly TransactionDate, string Merchant, decimal Amount);
