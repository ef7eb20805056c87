namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>A formula in LaTeX (<c>features=formulas</c>).</summary>
/// <param name="Kind"><c>inline</c> or <c>display</c>.</param>
public sealed record DocumentFormula(string Kind, string Value, IReadOnlyList<double>? Polygon, DocumentSpan Span,
    double Confidence);
