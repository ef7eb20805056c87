namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>One analyzed page with its words, lines and marks.</summary>
public sealed record DocumentPage
{
    /// <summary>1-based page number in the input document.</summary>
    public int PageNumber { get; init; }

    /// <summary>General orientation of the text, clockwise in degrees, in (-180, 180].</summary>
    public double? Angle { get; init; }

    public double? Width { get; init; }

    public double? Height { get; init; }

    /// <summary><c>inch</c> for PDF and TIFF input, <c>pixel</c> for images; see <see cref="LengthUnits"/>.</summary>
    public string? Unit { get; init; }

    /// <summary>
    /// API 2022-08-31 only (<c>document</c>, <c>sheet</c>, <c>slide</c>, <c>image</c>); v4 no longer defines it.
    /// Kept so that older stored results read back without loss.
    /// </summary>
    public string? Kind { get; init; }

    public IReadOnlyList<DocumentSpan> Spans { get; init; } = [];

    public IReadOnlyList<DocumentWord>? Words { get; init; }

    public IReadOnlyList<DocumentSelectionMark>? SelectionMarks { get; init; }

    public IReadOnlyList<DocumentLine>? Lines { get; init; }

    public IReadOnlyList<DocumentBarcode>? Barcodes { get; init; }

    public IReadOnlyList<DocumentFormula>? Formulas { get; init; }
}
