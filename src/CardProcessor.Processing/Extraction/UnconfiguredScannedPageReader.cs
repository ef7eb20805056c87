using CardProcessor.Extraction.Layout;

namespace CardProcessor.Processing.Extraction;

/// <summary>Stands in when Document Intelligence is not configured.</summary>
internal sealed class UnconfiguredScannedPageReader : IScannedPageReader
{
    public bool IsConfigured => false;

    public Task<IReadOnlyList<LayoutPage>> ReadPagesAsync(string pdfPath, IReadOnlyCollection<int>? pages, CancellationToken cancellationToken) =>
        throw new DocumentNeedsOcrException("Document Intelligence is not configured (DocumentIntelligence:Endpoint).");
}
