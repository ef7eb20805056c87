namespace CardProcessor.DocumentIntelligence.Receipts;

/// <summary>One line of a receipt.</summary>
/// <param name="Price">Unit price.</param>
/// <param name="TotalPrice">Price of the line (quantity times unit price).</param>
public sealed record ReceiptItem(string? Description, decimal? Quantity, decimal? Price, decimal? TotalPrice);
