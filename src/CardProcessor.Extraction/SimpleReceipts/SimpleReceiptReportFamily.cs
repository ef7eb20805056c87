using CardProcessor.Extraction.Documents;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.SimpleReceipts;

/// <summary>Other expense tools' "Expense Receipt Report": per employee, a table of Date, Vendor, Receipt Ref,
/// Amount.</summary>
internal sealed class SimpleReceiptReportFamily : IDocumentFamily
{
    public DocumentKind Kind => DocumentKind.ReceiptReport;

    public string Layout => DocumentLayouts.SimpleReceiptReport;

    public string Description => "an expense receipt report (\"Expense Receipt Report\", \"Employee:\")";

    public bool Recognizes(IReadOnlyList<LayoutLine> firstPageLines) =>
        LineText.AnyContains(firstPageLines, "Expense Receipt Report")
        || (firstPageLines.Any(l => LineText.StartsWith(l, "Employee:"))
            && firstPageLines.Any(l => l.Words.Any(w => w.Text.Equals("Vendor", StringComparison.OrdinalIgnoreCase))));

    public IDocumentReader CreateReader() => new SimpleReceiptReportReader();
}
