using CardProcessor.Extraction.CardActivityReport;
using CardProcessor.Extraction.IssuerStatements;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.ReceiptImages;
using CardProcessor.Extraction.SimpleReceipts;

namespace CardProcessor.Extraction.Documents;

/// <summary>Every family the engine reads, most specific first (a card activity report also has a title a statement could use).</summary>
internal static class DocumentFamilies
{
    public static IReadOnlyList<IDocumentFamily> All { get; } =
    [
        new CardActivityReportFamily(),
        new ReceiptImagesReportFamily(),
        new SimpleReceiptReportFamily(),
        new IssuerStatementFamily(),
    ];

    public static IDocumentFamily? Recognize(IReadOnlyList<LayoutLine> lines) =>
        All.FirstOrDefault(f => f.Recognizes(lines));

    public static string Expected() =>
        "expected one of: " + string.Join("; ", All.Select(f => f.Description));
}
