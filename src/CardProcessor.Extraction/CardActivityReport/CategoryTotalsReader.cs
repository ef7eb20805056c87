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

    /// <summary>Reads the line if it belongs to a card's totals block.</summary>
    public bool TryRead(LayoutLine line, IReadOnlyList<CardSectionBuilder> sections, int page)
    {
        if (LineText.Contains(line, "Totals For:"))
        {
            var card = LabeledValue.Find(line, "Totals For:", double.MaxValue) ?? string.Empty;
            _pending = sections.LastOrDefault(s => s.CardNumber == card)
                ?? sections.LastOrDefault(s => s.LastFour.Length == 4 && card.EndsWith(s.LastFour, StringComparison.Ordinal))
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
            _header = CategoryTotalsHeader.TryRead(line);
            return _header is not null;
        }

        if (_header.TryReadValues(line) is not { } values)
        {
            return false;
        }

        _pending.CategoryTotals = values
            .Where(v => v.Name != CategoryTotalsHeader.TotalColumn)
            .ToDictionary(v => v.Name, v => v.Amount);
        _pending.Total = values.Where(v => v.Name == CategoryTotalsHeader.TotalColumn).Select(v => (decimal?)v.Amount).FirstOrDefault();
        _pending.TotalsPage = page;
        _pending = null;
        _header = null;
        return true;
    }
}
