using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Limits;
using UglyToad.PdfPig;

namespace CardProcessor.Extraction;

/// <summary>
/// Reads a PDF's text layer into <see cref="LayoutPage"/>s, the parsers' only input, under the
/// <see cref="DocumentLimits"/>: a bounded pre-scan (<see cref="DocumentBounds"/>) runs before PdfPig
/// decodes anything, and the time budget is checked between pages.
/// </summary>
public static class PdfLayoutReader
{
    private static readonly ParsingOptions _options = new()
    {
        UseLenientParsing = true,
        SkipMissingFonts = true,
        ClipPaths = false,
    };

    private static readonly DocumentLimits _defaultLimits = new();

    /// <summary>
    /// Lazily yields one page at a time, so that a caller that does not keep the pages holds only
    /// one page's words in memory. Pages without a text layer (scans) yield a page with no words.
    /// A seekable stream is read from its start; one that cannot seek is buffered first.
    /// </summary>
    /// <exception cref="UnreadablePdfException">The stream is not a PDF PdfPig can open.</exception>
    /// <exception cref="DocumentLimitExceededException">The document goes beyond one of the limits.</exception>
    public static IEnumerable<LayoutPage> ReadPages(Stream pdf) => ReadPages(pdf, _defaultLimits);

    /// <inheritdoc cref="ReadPages(Stream)"/>
    public static IEnumerable<LayoutPage> ReadPages(Stream pdf, DocumentLimits limits)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(limits);
        return ReadPagesIterator(pdf, limits, pagesToRead: null);
    }

    /// <summary>
    /// The upload's bounded look: checks and reads only the first <paramref name="pages"/> pages, so its
    /// cost does not grow with the rest of the document. The report gives the page count.
    /// </summary>
    public static (DocumentBoundsReport Bounds, IReadOnlyList<LayoutPage> Pages) ReadFirstPages(
        Stream pdf, DocumentLimits limits, int pages)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(limits);
        var clock = new ExtractionClock(limits);
        var bytes = DocumentBounds.ReadFile(pdf, limits);
        var bounds = DocumentBounds.Check(bytes, limits, pages);
        using var document = Open(bytes, bounds);
        var read = new List<LayoutPage>();
        for (var number = 1; number <= Math.Min(pages, document.NumberOfPages); number++)
        {
            read.Add(ReadPage(document, number, clock));
        }

        return (bounds, read);
    }

    /// <summary>Counts the pages without reading their content. A seekable stream is read from its start.</summary>
    /// <exception cref="UnreadablePdfException">The stream is not a PDF PdfPig can open.</exception>
    public static int CountPages(Stream pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var bytes = DocumentBounds.ReadFile(pdf, _defaultLimits);
        var bounds = DocumentBounds.Check(bytes, _defaultLimits, pagesToCheck: 0);
        using var document = Open(bytes, bounds);
        return document.NumberOfPages;
    }

    private static IEnumerable<LayoutPage> ReadPagesIterator(Stream pdf, DocumentLimits limits, int? pagesToRead)
    {
        var clock = new ExtractionClock(limits);
        var bytes = DocumentBounds.ReadFile(pdf, limits);
        var bounds = DocumentBounds.Check(bytes, limits, pagesToRead);
        clock.CheckDocument(0);
        using var document = Open(bytes, bounds);
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            yield return ReadPage(document, number, clock);
        }
    }

    private static LayoutPage ReadPage(PdfDocument document, int number, ExtractionClock clock)
    {
        var started = ExtractionClock.PageStarted();
        LayoutPage page;
        try
        {
            var pdfPage = document.GetPage(number);
            page = new LayoutPage(number, pdfPage.Width, pdfPage.Height, PdfPageWords.Read(pdfPage),
                LayoutSource.PdfTextLayer);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new UnreadablePdfException($"Page {number} of the PDF cannot be read: {e.Message}", e);
        }

        clock.CheckPage(number, started);
        return page;
    }

    private static PdfDocument Open(byte[] pdf, DocumentBoundsReport bounds)
    {
        try
        {
            // PdfPig reads only up to the last %%EOF: padding after it is not the document's, and
            // lenient parsing would otherwise search through all of it.
            return PdfDocument.Open(new MemoryStream(pdf, 0, bounds.PdfLength, writable: false), _options);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new UnreadablePdfException($"The file is not a readable PDF: {e.Message}", e);
        }
    }
}
