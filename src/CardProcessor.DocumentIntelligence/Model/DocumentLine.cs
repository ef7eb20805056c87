namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>A text line as the service grouped it. Lines carry no confidence.</summary>
public sealed record DocumentLine(string Content, IReadOnlyList<double>? Polygon, IReadOnlyList<DocumentSpan> Spans);
