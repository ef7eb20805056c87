using CardProcessor.Extraction.Layout;
using UglyToad.PdfPig;

namespace CardProcessor.Extraction;

/// <summary>Reads a PDF's text layer into <see cref="LayoutPage"/>s, the parsers' only input.</summary>
public static class PdfLayoutReader
{
    private static readonly ParsingOptions _options = new()
    {
        UseLenientParsing = true,
        SkipMissingFonts = true,
        ClipPaths = false,
    };

    /// <summary>
    /// Lazily yields one page at a time, so that a caller that does not keep the pages holds only
    /// one page's words in memory. Pages without a text layer (scans) yield a page with no words.
    /// A seekable stream is read from its start; one that cannot seek is buffered first.
    /// </summary>
    /// <exception cref="UnreadablePdfException">The stream is not a PDF PdfPig can open.</exception>
    public static IEnumerable<LayoutPage> ReadPages(Stream pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        return ReadPagesIterator(pdf);
    }

    /// <summary>Counts the pages without reading their content. A seekable stream is read from its start.</summary>
    /// <exception cref="UnreadablePdfException">The stream is not a PDF PdfPig can open.</exception>
    public static int CountPages(Stream pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        using var document = Open(pdf);
        return document.NumberOfPages;
    }

    private static IEnumerable<LayoutPage> ReadPagesIterator(Stream pdf)
    {
        using var document = Open(pdf);
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            LayoutPage page;
            try
            {
                var pdfPage = document.GetPage(number);
                page = new LayoutPage(number, pdfPage.Width, pdfPage.Height, PdfPageWords.Read(pdfPage), LayoutSource.PdfTextLayer);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw new UnreadablePdfException($"Page {number} of the PDF cannot be read: {e.Message}", e);
            }

            yield return page;
        }
    }

    private static PdfDocument Open(Stream pdf)
    {
        try
        {
            // PdfPig reads by offset from the start of the file, so a seekable stream is rewound
            // (callers count pages, then read them, from one stream) and one that cannot seek (a
            // network or blob stream) is buffered. The caller's stream is left open.
            if (pdf.CanSeek)
            {
                pdf.Position = 0;
            }

            return PdfDocument.Open(pdf.CanSeek ? pdf : Buffer(pdf), _options);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new UnreadablePdfException($"The file is not a readable PDF: {e.Message}", e);
        }
    }

    private static MemoryStream Buffer(Stream pdf)
    {
        var buffer = new MemoryStream();
        pdf.CopyTo(buffer);
        buffer.Position = 0;
        return buffer;
    }
}
