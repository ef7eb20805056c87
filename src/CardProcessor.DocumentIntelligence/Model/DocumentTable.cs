namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>
/// A table. A table that continues on the next page comes back as a separate table per page.
/// </summary>
public sealed record DocumentTable(
    int RowCount,
    int ColumnCount,
    IReadOnlyList<DocumentTableCell> Cells,
    IReadOnlyList<DocumentSpan> Spans,
    IReadOnlyList<BoundingRegion>? BoundingRegions = null,
    DocumentCaption? Caption = null,
    IReadOnlyList<DocumentFootnote>? Footnotes = null);
