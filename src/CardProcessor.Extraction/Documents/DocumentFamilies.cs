using CardProcessor.Extraction.CardActivityReport;
using CardProcessor.Extraction.GeneralStatements;
using CardProcessor.Extraction.IssuerStatements;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Model;
using CardProcessor.Extraction.ReceiptImages;
using CardProcessor.Extraction.SimpleReceipts;

namespace CardProcessor.Extraction.Documents;

/// <summary>
/// Every family the engine reads, most specific first (a card activity report also has a title a
/// statement could use); the general statement reader last, for layouts no family describes.
/// </summary>
internal static class DocumentFamilies
{
    public static IReadOnlyList<IDocumentFamily> All { get; } =
    [
        new CardActivityReportFamily(),
        new ReceiptImagesReportFamily(),
        new SimpleReceiptReportFamily(),
        new IssuerStatementFamily(),
        new GeneralStatementFamily(),
    ];

    public static IDocumentFamily? Recognize(IReadOnlyList<LayoutLine> lines) =>
        All.FirstOrDefault(f => f.Recognizes(lines));

    /// <summary>
    /// The reader for a recognised family: a family recognised from one phrase only (the issuer
    /// statement's <c>Statement Period</c>) is read with the general reader beside it.
    /// </summary>
    public static IDocumentReader CreateReader(IDocumentFamily family) =>
        family is IssuerStatementFamily ? new FallbackStatementReader(family.CreateReader()) : family.CreateReader();

    /// <summary>The families of the other kind that could start a second document on a later page.</summary>
    public static IEnumerable<IDocumentFamily> OtherKind(DocumentKind kind) =>
        All.Where(f => f.Kind != kind && f is not GeneralStatementFamily);

    public static string Expected() =>
        "expected one of: " + string.Join("; ", All.Select(f => f.Description));
}
