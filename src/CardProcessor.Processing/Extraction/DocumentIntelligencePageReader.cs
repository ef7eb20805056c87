using CardProcessor.DocumentIntelligence;
using CardProcessor.Extraction.Layout;

namespace CardProcessor.Processing.Extraction;

/// <summary>
/// Reads scanned pages through Document Intelligence's <c>prebuilt-layout</c> into the parsers' layout model.
/// </summary>
internal sealed class DocumentIntelligencePageReader(DocumentIntelligenceClientProvider provider) : IScannedPageReader
{
    public bool IsConfigured => provider.IsConfigured;

    public async Task<IReadOnlyList<LayoutPage>> ReadPagesAsync(
        string pdfPath,
        IReadOnlyCollection<int>? pages,
        CancellationToken cancellationToken)
    {
        await using var pdf = File.OpenRead(pdfPath);
        var analysis = await provider.GetClient().AnalyzeLayoutAsync(pdf, PageRanges.Format(pages), cancellationToken);
        return analysis.Pages;
    }
}
