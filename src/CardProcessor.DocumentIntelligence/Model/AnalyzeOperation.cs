namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>The body of <c>GET</c> on an analyze operation's <c>Operation-Location</c>.</summary>
/// <param name="Status">One of <see cref="AnalyzeOperationStatus"/>.</param>
/// <param name="Error">Set when the operation failed; the HTTP status is still 200.</param>
/// <param name="AnalyzeResult">Set when the operation succeeded.</param>
public sealed record AnalyzeOperation(
    string Status,
    DateTimeOffset CreatedDateTime,
    DateTimeOffset LastUpdatedDateTime,
    DocumentIntelligenceError? Error = null,
    AnalyzeResult? AnalyzeResult = null);
