namespace CardProcessor.Web.Api.Models;

public sealed record ReceiptMatch(string Status, Guid? TransactionId, string? TransactionReference, decimal? Score,
    string? Reason);
