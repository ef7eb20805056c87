using System.Diagnostics;

namespace CardProcessor.Extraction.Limits;

/// <summary>
/// The time budget of one extraction, checked between pages: PdfPig cannot be interrupted inside a
/// page, so the pre-scan's operator and byte bounds are what keep one page's time short.
/// </summary>
internal sealed class ExtractionClock(DocumentLimits limits)
{
    private readonly long _started = Stopwatch.GetTimestamp();

    public static long PageStarted() => Stopwatch.GetTimestamp();

    public void CheckPage(int pageNumber, long pageStarted)
    {
        var page = Stopwatch.GetElapsedTime(pageStarted);
        if (page > limits.MaxPageTime)
        {
            throw new DocumentLimitExceededException(DocumentBound.PageTime,
                $"Page {pageNumber} took {LimitText.Seconds(page)} to read, beyond the " +
                $"{LimitText.Seconds(limits.MaxPageTime)} per-page limit.");
        }

        CheckDocument(pageNumber);
    }

    public void CheckDocument(int pagesRead)
    {
        var total = Stopwatch.GetElapsedTime(_started);
        if (total > limits.MaxDocumentTime)
        {
            throw new DocumentLimitExceededException(DocumentBound.DocumentTime,
                $"Reading the document took {LimitText.Seconds(total)} by page {pagesRead}, beyond the " +
                $"{LimitText.Seconds(limits.MaxDocumentTime)} per-document limit.");
        }
    }
}
