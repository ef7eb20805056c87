namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>A figure (chart, image); its picture is fetched separately with <c>output=figures</c>.</summary>
public sealed record DocumentFigure(
    IReadOnlyList<DocumentSpan> Spans,
    string? Id = null,
    IReadOnlyList<BoundingRegion>? BoundingRegions = null,
    IReadOnlyList<string>? Elements = null,
    DocumentCaption? Caption = null,
    IReadOnlyList<DocumentFootnote>? Footnotes = null);
