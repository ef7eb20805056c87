using CardProcessor.Extraction.GeneralStatements;
using CardProcessor.Extraction.Model;
using CardProcessor.Extraction.Reconciliation;

namespace CardProcessor.Extraction.Documents;

/// <summary>
/// A statement from which no transaction was read must never pass as an empty success: it is
/// refused with a reason a processor understands, and how many lines looked like rows.
/// </summary>
internal static class NothingRead
{
    public static void ThrowIfEmpty(ExtractedDocument document, IDocumentReader reader)
    {
        if (document.Kind != DocumentKind.Statement || document.Cardholders.Any(c => c.Transactions.Count > 0))
        {
            return;
        }

        var rows = reader switch
        {
            GeneralStatementReader general => general.RowEvidenceCount,
            FallbackStatementReader fallback => fallback.RowEvidenceCount,
            _ => 0,
        };

        // Cardholder sections with no rows and no line that looks like one: a statement of no activity.
        if (rows == 0 && document.Cardholders.Count > 0 && document.Layout != DocumentLayouts.GeneralStatement)
        {
            return;
        }

        var message = "This statement's layout was not understood: "
            + $"{FindingFactory.Format(rows)} rows with a date and an amount were seen, none read.";
        throw new LayoutNotUnderstoodException(message)
        {
            Finding = FindingFactory.Note(FindingCodes.LayoutNotUnderstood, message),
            RowsSeen = rows,
        };
    }
}
