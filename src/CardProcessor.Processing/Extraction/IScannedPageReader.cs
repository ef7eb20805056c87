using CardProcessor.Extraction.Layout;

namespace CardProcessor.Processing.Extraction;

/// <summary>Reads pages that have no text layer (scans) through an OCR service.</summary>
public interface IScannedPageReader
{
    /// <summary>False when no service is configured; a document that needs one then fails with that reason.</summary>
    bool IsConfigured { get; }

    /// <param name="pdfPath">The document.</param>
    /// <param name="pages">1-based pages to read, or null for all.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<LayoutPage>> ReadPagesAsync(
        string pdfPath,
        IReadOnlyCollection<int>? pages,
        CancellationToken cancellationToken);
}
