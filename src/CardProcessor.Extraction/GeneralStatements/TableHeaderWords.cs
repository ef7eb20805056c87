using CardProcessor.Extraction.Layout;

namespace CardProcessor.Extraction.GeneralStatements;

/// <summary>
/// The header words over a table's columns, on one line or two (<c>TRANSACTION POSTING</c> above
/// <c>DATE DATE ACTIVITY DESCRIPTION AMOUNT($)</c>), or none. They only name what the rows have
/// already shown: which date is the posting date, which amount column holds credits.
/// </summary>
internal sealed class TableHeaderWords(IReadOnlyList<LayoutWord> words, IReadOnlyList<string> dateHeaders)
{
    private const int MaxLinesAbove = 4;

    public IReadOnlyList<LayoutWord> Words { get; } = words;

    /// <summary>The header over each of the first row's date cells.</summary>
    public IReadOnlyList<string> DateHeaders { get; } = dateHeaders;

    /// <summary>Which date cell the header calls the posting date, or null.</summary>
    public int? PostingIndex
    {
        get
        {
            for (var i = 0; i < DateHeaders.Count; i++)
            {
                if (ColumnWords.SaysPosting(DateHeaders[i]))
                {
                    return i;
                }
            }

            return null;
        }
    }

    /// <summary>The header lines right above the page's first row (a figure line may sit between), or null.</summary>
    public static TableHeaderWords? Find(IReadOnlyList<LineShape> wide, PageTable table)
    {
        var first = 0;
        while (first < wide.Count && !(wide[first].StartsWithDate && table.AmountOf(wide[first]) is not null))
        {
            first++;
        }

        if (first == wide.Count)
        {
            return null;
        }

        var words = new List<LayoutWord>();
        for (var i = first - 1; i >= 0 && i >= first - MaxLinesAbove; i--)
        {
            var inTable = wide[i].Words
                .Where(w => w.Left >= table.Left && w.Right <= table.Right)
                .Select(w => w.Text)
                .ToList();
            if (ColumnWords.IsHeader(inTable, requireKeyWord: words.Count == 0))
            {
                words.AddRange(wide[i].Words.Where(w => w.Left >= table.Left && w.Right <= table.Right));
            }
            else if (words.Count > 0)
            {
                break;
            }
        }

        if (words.Count == 0)
        {
            return null;
        }

        var height = wide[first].Height;
        var dateHeaders = wide[first].Dates
            .Select(d => Over(words, d.Run.Left - height, d.Run.Right + height))
            .ToList();
        return new TableHeaderWords(words, dateHeaders);
    }

    /// <summary>The header over each amount column of <paramref name="table"/> (empty without a header).</summary>
    public static IReadOnlyList<string> AmountHeaders(TableHeaderWords? header, PageTable table) =>
        table.AmountColumns.Select(c => header is null ? string.Empty : Over(header.Words, c.Left, c.Right)).ToList();

    private static string Over(IEnumerable<LayoutWord> words, double left, double right) =>
        string.Join(' ', words.Where(w => w.Left < right && w.Right > left).Select(w => w.Text));
}
