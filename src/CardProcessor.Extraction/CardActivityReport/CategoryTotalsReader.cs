using CardProcessor.Extraction.Layout;

namespace CardProcessor.Extraction.CardActivityReport;

/// <summary>
/// Reads a card's closing <c>Totals For: 556735xxxxxx0001</c> block: the line naming the card,
/// the category headings and the figures under them, which a page break may separate.
/// </summary>
internal sealed class CategoryTotalsReader
{
    private CardSectionBuilder? _pending;
    private CategoryTotalsHeader? _header;

    /// <summary>Reads the line at <paramref name="index"/> if it belongs to a card's totals block.</summary>
    /// <param name="lineCount">How many lines were read (a wrapped heading row spans several).</param>
    /// <param name="current">The section being read, which the block closes when it names its number.</param>
    public bool TryRead(IReadOnlyList<LayoutLine> lines, int index, IReadOnlyList<CardSectionBuilder> sections,
        CardSectionBuilder? current, int page, out int lineCount)
    {
        var line = lines[index];
        lineCount = 1;
        if (LineText.Contains(line, "Totals For:"))
        {
            var card = LabeledValue.Find(line, "Totals For:", double.MaxValue) ?? string.Empty;
            // Two sections may print the same masked number: the block belongs to the one it closes.
            _pending = (current?.CardNumber == card ? current : null)
                ?? sections.LastOrDefault(s => s.CardNumber == card)
                ?? sections.LastOrDefault(s => s.LastFour.Length == 4
                    && card.EndsWith(s.LastFour, StringComparison.Ordinal))
                ?? (sections.Count > 0 ? sections[^1] : null);
            _header = null;
            return true;
        }

        if (_pending is null)
        {
            return false;
        }

        if (_header is null)
        {
            _header = CategoryTotalsHeader.TryRead(lines, index, out lineCount);
            return _header is not null;
        }

        if (_header.TryReadValues(line) is not { } values)
        {
            return false;
        }

        _pending.CategoryTotals = values
            .Where(v => v.Name != CategoryTotalsHeader.TotalColumn)
            .ToDictionary(v => v.Name, v => v.Amount);
        _pending.Total = values.Where(v => v.Name == CategoryTotalsHeader.TotalColumn).Select(v => (decimal?)v.Amount)
            .FirstOrDefault();
        _pending.TotalsPage = page;
        _pending = null;
        _header = null;
        return true;
    }
}
