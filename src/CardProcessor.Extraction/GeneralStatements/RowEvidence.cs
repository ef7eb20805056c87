using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Parsing;

namespace CardProcessor.Extraction.GeneralStatements;

/// <summary>
/// Counts the lines that show a date and an amount anywhere, in any order: what a person would
/// call transaction rows even when the reader could not place them in a table. A statement that
/// shows such lines and yields no transaction was not understood, and must not pass as empty.
/// </summary>
internal static class RowEvidence
{
    public static int Count(IReadOnlyList<LayoutLine> lines, double pageWidth) =>
        lines.Count(l => l.Words.Any(w => w.Right <= pageWidth && IsAmount(w.Text)) && HasDate(l));

    private static bool IsAmount(string text) =>
        text.Any(char.IsAsciiDigit) && LineShape.HasCents(text) && AmountParser.TryParse(text, out _);

    private static bool HasDate(LayoutLine line)
    {
        var words = line.Words;
        for (var i = 0; i < words.Count; i++)
        {
            for (var length = 1; length <= 3 && i + length <= words.Count; length++)
            {
                if (new PrintedDateText(string.Join(' ', words.Skip(i).Take(length).Select(w => w.Text))).IsDate)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
