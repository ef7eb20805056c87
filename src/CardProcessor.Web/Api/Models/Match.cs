namespace CardProcessor.Web.Api.Models;

public sealed record Match(
    Guid ReceiptId, string EmployeeName, DateOnly Date, decimal Amount, string? Merchant, string Status,
    decimal? Score, string? Reason, MatchedCharge? Transaction, string ETag);
