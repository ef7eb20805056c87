namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>A word: a run of text without spaces (or a single CJK character).</summary>
/// <param name="Polygon">Flat <c>[x1, y1, …, x4, y4]</c> in the page's unit, clockwise from the top-left
/// corner.</param>
public sealed record DocumentWord(string Content, IReadOnlyList<double>? Polygon, DocumentSpan Span, double Confidence);
