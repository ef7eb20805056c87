using CardProcessor.DocumentIntelligence.Model;
using CardProcessor.Extraction.Layout;

namespace CardProcessor.DocumentIntelligence;

/// <summary>A document read by the layout model: the parsers' pages and the service's full answer.</summary>
/// <param name="Pages">The analyzed pages as the statement parsers take them.</param>
/// <param name="Result">The raw result, for storing or for tables, paragraphs and key-value pairs.</param>
public sealed record LayoutAnalysis(IReadOnlyList<LayoutPage> Pages, AnalyzeResult Result);
