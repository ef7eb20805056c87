namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>A run of the top-level <see cref="AnalyzeResult.Content"/>, in the units of <see
/// cref="AnalyzeResult.StringIndexType"/>.</summary>
/// <remarks>The client always asks for <c>utf16CodeUnit</c>, so offsets index .NET strings directly.</remarks>
public readonly record struct DocumentSpan(int Offset, int Length);
