using CardProcessor.Data.Documents;
using CardProcessor.Extraction;
using CardProcessor.Extraction.Limits;
using CardProcessor.Processing.Extraction;

namespace CardProcessor.Api.Documents;

/// <summary>What the upload learns from the PDF itself: page count and, from the first page, the kind.</summary>
internal sealed record PdfInspection(int PageCount, SourceDocumentKind? Kind, string? Layout)
{
    /// <summary>
    /// A bounded look, never a full parse: the pre-scan checks the structure and only the first page's
    /// streams, and PdfPig reads only that page, so the cost does not grow with the document. The rest
    /// is the worker's, under the same limits.
    /// </summary>
    public static PdfInspection Inspect(UploadedFile file, DocumentLimits limits)
    {
        // UnreadablePdfException (a damaged PDF) reaches the exception handler as a 400, and
        // DocumentLimitExceededException (over a bound) as a 422 naming it.
        using var stream = file.OpenRead();
        var (bounds, pages) = PdfLayoutReader.ReadFirstPages(stream, limits, pages: 1);
        var recognised = pages.Count == 0 ? null : DocumentExtractor.Recognize(pages[0]);
        SourceDocumentKind? kind = recognised is { } known ? StoredDocumentKind.From(known.Kind) : null;
        return new PdfInspection(bounds.PageCount, kind, recognised?.Layout);
    }
}
