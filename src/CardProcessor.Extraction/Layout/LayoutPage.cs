namespace CardProcessor.Extraction.Layout;

/// <summary>
/// A page as the parsers see it: its words and their positions, whatever read them
/// (the PDF text layer or Document Intelligence's <c>prebuilt-layout</c>).
/// </summary>
/// <param name="Number">1-based page number in the source document.</param>
/// <param name="Width">Page width in points.</param>
/// <param name="Height">Page height in points.</param>
/// <param name="Words">Words in reading order as delivered by the source.</param>
/// <param name="Source">Which reader produced the words.</param>
public sealed record LayoutPage(int Number, double Width, double Height, IReadOnlyList<LayoutWord> Words,
    LayoutSource Source)
{
    /// <summary>A page with no words has no text layer (a scan) and needs OCR.</summary>
    public bool HasText => Words.Count > 0;
}
