namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>The key or the value of a <see cref="DocumentKeyValuePair"/>.</summary>
public sealed record DocumentKeyValueElement(
    string Content,
    IReadOnlyList<DocumentSpan> Spans,
    IReadOnlyList<BoundingRegion>? BoundingRegions = null);
