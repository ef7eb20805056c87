using CardProcessor.Extraction.Documents;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Model;
using CardProcessor.Extraction.Reconciliation;

namespace CardProcessor.Extraction.ReceiptImages;

/// <summary>Reads a receipt images report: every page with text is one expense.</summary>
internal sealed class ReceiptImagesReportReader : IDocumentReader
{
    private readonly List<ExtractedReceipt> _receipts = [];
    private readonly List<ExtractionFinding> _findings = [];

    public void Read(LayoutPage page)
    {
        var lines = LineBuilder.Build(page.Words).Select(l => l.Text.Trim()).Where(t => t.Length > 0).ToList();
        if (ReceiptPageReader.Read(lines, page.Number) is { } receipt)
        {
            _receipts.Add(receipt);
            return;
        }

        _findings.Add(FindingFactory.Note(
            FindingCodes.UnreadableRow,
            $"Page {FindingFactory.Format(page.Number)} has text but no readable expense (date, employee and amount).",
            page: page.Number));
    }

    public ExtractedDocument Complete() => new()
    {
        Kind = DocumentKind.ReceiptReport,
        Layout = DocumentLayouts.ReceiptImagesReport,
        Receipts = _receipts.ToList(),
        Findings = _findings.ToList(),
    };
}
