using CardProcessor.Data.Documents;
using CardProcessor.Extraction;
using CardProcessor.Processing.Extraction;

namespace CardProcessor.Api.Documents;

/// <summary>What the upload learns from the PDF itself: page count and, from the first page, the kind.</summary>
internal sealed record PdfInspection(int PageCount, SourceDocumentKind? Kind, string? Layout)
{
    public static PdfInspection Inspect(UploadedFile file)
    {
        // UnreadablePdfException (a damaged PDF) reaches the exception handler as a 400.
        using var stream = file.OpenRead();
        var pageCount = PdfLayoutReader.CountPages(stream);
        stream.Position = 0;
        var first = PdfLayoutReader.ReadPages(stream).FirstOrDefault();
        var recognised = first is null ? null : DocumentExtractor.Recognize(first);
        SourceDocumentKind? kind = recognised is { } known ? StoredDocumentKind.From(known.Kind) : null;
        return new PdfInspection(pageCount, kind, recognised?.Layout);
    }
}
