namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>A section of the document's hierarchy.</summary>
/// <param name="Elements">JSON pointers to the child elements, e.g. <c>/sections/1</c>, <c>/paragraphs/4</c>.</param>
public sealed record DocumentSection(IReadOnlyList<DocumentSpan> Spans, IReadOnlyList<string>? Elements = null);
