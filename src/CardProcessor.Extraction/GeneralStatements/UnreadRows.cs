using CardProcessor.Extraction.Model;
using CardProcessor.Extraction.Reconciliation;

namespace CardProcessor.Extraction.GeneralStatements;

/// <summary>Lines of a page that look like rows (a date first, an amount) but were not read as rows.</summary>
internal static class UnreadRows
{
    public static ExtractionFinding? Finding(IReadOnlyList<LineShape> wide, int rowsRead, int page)
    {
        var looksLikeRows = wide.Count(s => s.StartsWithDate && s.Amounts.Count > 0);
        if (looksLikeRows <= rowsRead)
        {
            return null;
        }

        return FindingFactory.Note(
            FindingCodes.UnreadRows,
            $"Page {FindingFactory.Format(page)}: {FindingFactory.Format(looksLikeRows - rowsRead)} lines start with a "
                + "date and show an amount but were not read as transactions.",
            page: page);
    }
}
