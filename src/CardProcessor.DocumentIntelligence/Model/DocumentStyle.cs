namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>Text style of the spans: handwriting, and with <c>features=styleFont</c> the font.</summary>
/// <param name="FontStyle"><c>normal</c> or <c>italic</c>.</param>
/// <param name="FontWeight"><c>normal</c> or <c>bold</c>.</param>
/// <param name="Color">Foreground colour as <c>#rrggbb</c>.</param>
public sealed record DocumentStyle(
    IReadOnlyList<DocumentSpan> Spans,
    double Confidence,
    bool? IsHandwritten = null,
    string? SimilarFontFamily = null,
    string? FontStyle = null,
    string? FontWeight = null,
    string? Color = null,
    string? BackgroundColor = null);
