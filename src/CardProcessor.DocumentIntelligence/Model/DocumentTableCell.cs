namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>
/// One cell. Empty cells come back as <c>""</c> with no spans, and selection marks leak into the content
/// (<c>"2 :unselected:"</c>).
/// </summary>
public sealed record DocumentTableCell
{
    /// <summary><c>content</c> when absent, or <c>rowHeader</c>, <c>columnHeader</c>, <c>stubHead</c>,
    /// <c>description</c>.</summary>
    public string? Kind { get; init; }

    public int RowIndex { get; init; }

    public int ColumnIndex { get; init; }

    /// <summary>Number of rows the cell covers; absent means 1.</summary>
    public int? RowSpan { get; init; }

    /// <summary>Number of columns the cell covers; absent means 1.</summary>
    public int? ColumnSpan { get; init; }

    public string Content { get; init; } = "";

    public IReadOnlyList<BoundingRegion>? BoundingRegions { get; init; }

    public IReadOnlyList<DocumentSpan> Spans { get; init; } = [];

    /// <summary>JSON pointers to the child elements, e.g. <c>/paragraphs/12</c>.</summary>
    public IReadOnlyList<string>? Elements { get; init; }
}
