namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>A footnote of a table or figure.</summary>
/// <param name="Elements">JSON pointers to the child elements, e.g. <c>/paragraphs/12</c>.</param>
public sealed record DocumentFootnote(
    string Content,
    IReadOnlyList<DocumentSpan> Spans,
    IReadOnlyList<BoundingRegion>? BoundingRegions = null,
    IReadOnlyList<string>? Elements = null);
