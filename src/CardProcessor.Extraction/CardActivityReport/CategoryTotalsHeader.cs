using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Parsing;
using CardProcessor.Extraction.Tables;

namespace CardProcessor.Extraction.CardActivityReport;

/// <summary>
/// The row of category headings under <c>Totals For:</c> (Fuel, Maintenance, ..., Other, Total),
/// read like a table header (a heading may wrap, <c>Legal &amp;</c> over <c>Insurance</c>), able to
/// read the row of figures printed under it (right-aligned with the headings).
/// </summary>
internal sealed class CategoryTotalsHeader
{
    public const string TotalColumn = "Total";

    private static readonly HeaderVocabulary _vocabulary = new(
        new[]
        {
            "Fuel", "Maintenance", "Hotels", "Rentals", "Airline", "Travel Misc", "Restaurants", "Business Services",
            "Financial", "Legal & Insurance", "Medical", "Misc", "Other", TotalColumn,
        }.Select(name => (name, ColumnKind.Amount)),
        [ColumnKind.Amount, ColumnKind.Unknown]);

    private readonly TableHeader _header;

    private CategoryTotalsHeader(TableHeader header) => _header = header;

    /// <summary>Reads the headings starting at a line; null if the line does not start them.</summary>
    public static CategoryTotalsHeader? TryRead(IReadOnlyList<LayoutLine> lines, int index, out int lineCount)
    {
        var header = HeaderReader.TryRead(lines, index, _vocabulary,
            h => h.Columns.Count(c => c.Kind == ColumnKind.Amount) >= 3, out lineCount);
        return header is null ? null : new CategoryTotalsHeader(header);
    }

    /// <summary>Reads the figures under the headings, by heading; null if the line is not all figures.</summary>
    public IReadOnlyList<(string Name, decimal Amount)>? TryReadValues(LayoutLine line)
    {
        if (!line.Words.All(w => AmountParser.TryParse(w.Text, out _)))
        {
            return null;
        }

        var cells = _header.Split(line);
        var values = new List<(string Name, decimal Amount)>();
        for (var i = 0; i < _header.Columns.Count; i++)
        {
            var text = cells.TextAt(i);
            if (text.Length == 0)
            {
                continue;
            }

            if (!AmountParser.TryParse(text, out var amount))
            {
                // Two figures in one column: the headings do not fit this line.
                return null;
            }

            values.Add((_header.Columns[i].Header, amount));
        }

        return values.Count == 0 ? null : values;
    }
}
