namespace CardProcessor.DocumentIntelligence.Receipts;

/// <summary>What the receipt model read from one receipt: enough to match it to a card transaction.</summary>
/// <param name="DocumentType">The service's sub-type, e.g. <c>receipt.retailMeal</c>, <c>receipt.hotel</c>.</param>
/// <param name="Confidence">How sure the service is that this is a receipt of that type, 0 to 1.</param>
/// <param name="CurrencyCode">ISO 4217 code when the service resolved one from a currency field, e.g.
/// <c>USD</c>.</param>
public sealed record ReceiptAnalysis(
    string DocumentType,
    double Confidence,
    string? MerchantName,
    DateOnly? TransactionDate,
    TimeOnly? TransactionTime,
    decimal? Total,
    decimal? Subtotal,
    decimal? TotalTax,
    decimal? Tip,
    string? CurrencyCode,
    IReadOnlyList<ReceiptItem> Items);
