using CardProcessor.Extraction.Documents;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.ReceiptImages;

/// <summary>The expense tool's "Receipt Images Report": one expense and its receipt image per page.</summary>
internal sealed class ReceiptImagesReportFamily : IDocumentFamily
{
    public DocumentKind Kind => DocumentKind.ReceiptReport;

    public string Layout => DocumentLayouts.ReceiptImagesReport;

    public string Description => "a receipt images report (\"Expense Transaction Date\", \"Transaction ID:\")";

    public bool Recognizes(IReadOnlyList<LayoutLine> firstPageLines) =>
        LineText.AnyContains(firstPageLines, "Expense Transaction Date")
        || (LineText.AnyContains(firstPageLines, "Transaction ID:")
            && LineText.AnyContains(firstPageLines, "Attachment Name:"));

    public IDocumentReader CreateReader() => new ReceiptImagesReportReader();
}
