namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>A block of text with a common semantic role.</summary>
/// <param name="Role"><c>pageHeader</c>, <c>pageFooter</c>, <c>pageNumber</c>, <c>title</c>, <c>sectionHeading</c>,
/// <c>footnote</c>, <c>formulaBlock</c>, or absent for body text.</param>
public sealed record DocumentParagraph(
    string Content,
    IReadOnlyList<DocumentSpan> Spans,
    IReadOnlyList<BoundingRegion>? BoundingRegions = null,
    string? Role = null);
