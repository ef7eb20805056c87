using CardProcessor.Extraction.Documents;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.CardActivityReport;

/// <summary>The fleet/commercial card issuer's "Cardholder Activity Report General" (the primary statement
/// format).</summary>
internal sealed class CardActivityReportFamily : IDocumentFamily
{
    public DocumentKind Kind => DocumentKind.Statement;

    public string Layout => DocumentLayouts.CardholderActivityReport;

    public string Description =>
        "a cardholder activity report (\"Cardholder Activity Report General\", \"Posted Date between\")";

    public bool Recognizes(IReadOnlyList<LayoutLine> firstPageLines) =>
        LineText.AnyContains(firstPageLines, "Cardholder Activity Report General")
        || (LineText.AnyContains(firstPageLines, "Posted Date between")
            && (LineText.AnyContains(firstPageLines, "Card Number:")
                || LineText.AnyContains(firstPageLines, "Card Token:")));

    public IDocumentReader CreateReader() => new CardActivityReportReader();
}
