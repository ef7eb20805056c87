namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>A check box or radio button.</summary>
/// <param name="State"><c>selected</c> or <c>unselected</c>.</param>
public sealed record DocumentSelectionMark(string State, IReadOnlyList<double>? Polygon, DocumentSpan Span,
    double Confidence);
