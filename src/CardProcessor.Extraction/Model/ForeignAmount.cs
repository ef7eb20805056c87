namespace CardProcessor.Extraction.Model;

/// <summary>The memo line of a foreign-currency charge: <c>679.01 GBP @ 1.2710</c>.</summary>
public sealed record ForeignAmount(string Currency, decimal OriginalAmount, decimal Rate);
