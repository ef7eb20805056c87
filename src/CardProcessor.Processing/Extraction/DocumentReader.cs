using CardProcessor.Extraction;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Limits;
using CardProcessor.Extraction.Model;
using CardProcessor.Processing.Observability;
using Microsoft.Extensions.Options;

namespace CardProcessor.Processing.Extraction;

/// <summary>
/// The routing policy: text pages are read locally (fast, free), pages without a text layer go to
/// Document Intelligence, and both feed the same parsers through the same layout model.
/// </summary>
public sealed class DocumentReader(
    IScannedPageReader scannedPages,
    IOptions<ExtractionOptions> options,
    IOptions<DocumentLimits> limits)
{
    public async Task<DocumentReading> ReadAsync(
        string pdfPath,
        IProgress<int> pagesDone,
        CancellationToken cancellationToken)
    {
        var mode = options.Value.Mode;
        if (mode == ExtractionMode.DocumentIntelligence)
        {
            var all = await RequireScannedPageReader(
                "Extraction:Mode is DocumentIntelligence").ReadPagesAsync(pdfPath, null, cancellationToken);
            return Record(new DocumentReading(Extract(all, pagesDone), 0, all.Count));
        }

        IReadOnlyCollection<int>? missing;
        try
        {
            var local = ExtractLocally(pdfPath, substitutes: null, pagesDone);
            if (local.PagesWithoutText.Count == 0)
            {
                return Record(new DocumentReading(local, local.PageCount, 0));
            }

            missing = local.PagesWithoutText;
        }
        catch (DocumentHasNoTextException)
        {
            missing = null;
        }

        var which = missing is null
            ? "no page has a text layer"
            : $"pages {string.Join(", ", missing)} have no text layer";
        if (mode == ExtractionMode.Local)
        {
            throw new DocumentNeedsOcrException($"The document needs OCR ({which}) but Extraction:Mode is Local.");
        }

        var scanned = await RequireScannedPageReader(
            $"the document needs OCR ({which})").ReadPagesAsync(pdfPath, missing, cancellationToken);
        var merged = ExtractLocally(pdfPath, scanned.ToDictionary(p => p.Number), pagesDone);
        return Record(new DocumentReading(merged, merged.PageCount - scanned.Count, scanned.Count));
    }

    private ExtractedDocument ExtractLocally(
        string pdfPath,
        Dictionary<int, LayoutPage>? substitutes,
        IProgress<int> pagesDone)
    {
        using var pdf = File.OpenRead(pdfPath);
        var pages = PdfLayoutReader.ReadPages(pdf, limits.Value);
        if (substitutes is not null)
        {
            pages = pages.Select(page => substitutes.GetValueOrDefault(page.Number) ?? page);
        }

        return Extract(pages, pagesDone);
    }

    private static ExtractedDocument Extract(IEnumerable<LayoutPage> pages, IProgress<int> pagesDone) =>
        new DocumentExtractor().Extract(pages.Select(page =>
        {
            pagesDone.Report(page.Number);
            return page;
        }));

    private IScannedPageReader RequireScannedPageReader(string why) =>
        scannedPages.IsConfigured
            ? scannedPages
            : throw new DocumentNeedsOcrException(
                $"Document Intelligence is needed ({why}) but is not configured (DocumentIntelligence:Endpoint).");

    private static DocumentReading Record(DocumentReading reading)
    {
        ExtractionMetrics.PagesExtracted.WithLabels("local").Inc(reading.PagesReadLocally);
        ExtractionMetrics.PagesExtracted.WithLabels("document_intelligence")
            .Inc(reading.PagesReadByDocumentIntelligence);
        return reading;
    }
}
