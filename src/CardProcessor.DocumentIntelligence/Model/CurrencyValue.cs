namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>The value of a <c>currency</c> field.</summary>
/// <param name="CurrencyCode">ISO 4217 code when the service could resolve it, e.g. <c>USD</c>.</param>
public sealed record CurrencyValue(double Amount, string? CurrencySymbol = null, string? CurrencyCode = null);
