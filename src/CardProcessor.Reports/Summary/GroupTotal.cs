namespace CardProcessor.Reports.Summary;

/// <param name="Key">
/// The merchant group (<c>FUEL</c>) or category (the receipt's expense type); null when the document printed none.
/// </param>
public sealed record GroupTotal(string? Key, int Count, decimal Total);
