namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>One document a prebuilt or custom model found in the input, with its fields.</summary>
/// <param name="DocType">
/// Not stable across API versions (<c>prebuilt:invoice</c>, <c>invoice</c>, <c>receipt.retailMeal</c>): key logic
/// on the model id and field names instead.
/// </param>
public sealed record AnalyzedDocument(
    string DocType,
    IReadOnlyList<DocumentSpan> Spans,
    double Confidence,
    IReadOnlyList<BoundingRegion>? BoundingRegions = null,
    IReadOnlyDictionary<string, DocumentField>? Fields = null);
