using CardProcessor.Extraction;
using CardProcessor.Extraction.Layout;

namespace DocumentIntelligenceEmulator.Analysis;

/// <summary>
/// Reads a PDF's text layer as the stand-in for OCR: the words come from the project's own PdfPig reader, so
/// that a text PDF gives the same words read locally and read through the emulator, and a test that compares
/// the two compares the Document Intelligence path, not two word splitters.
/// </summary>
public static class TextLayerReader
{
    public const double PointsPerInch = 72;

    /// <summary>The pages in inches, as the service reports PDF pages; pages without a text layer have no
    /// words.</summary>
    /// <exception cref="UnreadablePdfException">The bytes are not a PDF PdfPig can read.</exception>
    public static IReadOnlyList<EmulatedPage> Read(byte[] pdf, Func<int, bool>? includePage = null)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        using var stream = new MemoryStream(pdf, writable: false);
        return PdfLayoutReader.ReadPages(stream)
            .Where(page => includePage?.Invoke(page.Number) ?? true)
            .Select(ToInches)
            .ToList();
    }

    // Not rounded to the service's four decimals: a word must come back at the very point the local reader
    // put it, or a scan-versus-text comparison could flip on a parser's threshold.
    private static EmulatedPage ToInches(LayoutPage page) => new(
        page.Number,
        page.Width / PointsPerInch,
        page.Height / PointsPerInch,
        "inch",
        page.Words
            .Select(word =>
                EmulatedWord.FromBox(word.Text, word.Left / PointsPerInch, word.Top / PointsPerInch,
                word.Right / PointsPerInch, word.Bottom / PointsPerInch))
            .ToList());
}
