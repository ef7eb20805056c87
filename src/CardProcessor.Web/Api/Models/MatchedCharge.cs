namespace CardProcessor.Web.Api.Models;

public sealed record MatchedCharge(
    Guid Id, string? Reference, string Merchant, DateOnly TransactionDate, decimal Amount);
