using CardProcessor.Extraction.Layout;

namespace CardProcessor.Extraction.Documents;

/// <summary>
/// A PDF that holds a second document after the first (a statement followed by a receipt report)
/// is refused with the page where the second starts: one reader cannot store both, and neither
/// may be silently dropped.
/// </summary>
internal static class SecondDocument
{
    // Words the other kind's families need on a first page; a page with none of them is not
    // worth grouping into lines (a long card activity report would pay for it on every page).
    private static readonly string[] _receiptMarkers = ["Expense", "Employee:", "Attachment"];
    private static readonly string[] _statementMarkers = ["Cardholder", "Posted", "Statement"];

    /// <summary>The family of the other kind that recognises <paramref name="page"/>, or null.</summary>
    public static IDocumentFamily? Starts(LayoutPage page, IDocumentFamily current)
    {
        var markers = current.Kind == Model.DocumentKind.Statement ? _receiptMarkers : _statementMarkers;
        if (!page.Words.Any(w => markers.Any(m => w.Text.StartsWith(m, StringComparison.OrdinalIgnoreCase))))
        {
            return null;
        }

        var lines = LineBuilder.Build(page.Words);
        return DocumentFamilies.OtherKind(current.Kind).FirstOrDefault(f => f.Recognizes(lines));
    }

    public static SeveralDocumentsException Refuse(IDocumentFamily first, IDocumentFamily second, int page) =>
        new($"The PDF holds two documents: {Name(first)} and, from page {page}, {Name(second)}. "
            + "Upload each as a file of its own.");

    public static SeveralDocumentsException FirstNotRead(int rows, IDocumentFamily second, int page) =>
        new($"The PDF holds two documents: pages before page {page} show {rows} lines with a date and an "
            + $"amount that no reader understood, then {Name(second)} starts. Upload each as a file of its own.");

    private static string Name(IDocumentFamily family) =>
        family.Kind == Model.DocumentKind.Statement ? "a statement" : "a receipt report";
}
