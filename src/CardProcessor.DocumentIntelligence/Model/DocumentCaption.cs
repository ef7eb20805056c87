namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>A table's or figure's caption.</summary>
/// <param name="Elements">JSON pointers to the child elements, e.g. <c>/paragraphs/12</c>.</param>
public sealed record DocumentCaption(
    string Content,
    IReadOnlyList<DocumentSpan> Spans,
    IReadOnlyList<BoundingRegion>? BoundingRegions = null,
    IReadOnlyList<string>? Elements = null);
