using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Parsing;

namespace CardProcessor.Extraction.CardActivityReport;

/// <summary>
/// The row of category headings under <c>Totals For:</c> (Fuel, Maintenance, ..., Other, Total),
/// able to read the row of figures printed under it (right-aligned with the headings).
/// </summary>
internal sealed class CategoryTotalsHeader
{
    public const string TotalColumn = "Total";

    private static readonly string[][] _known =
        new[]
        {
            "Travel Misc", "Business Services", "Legal & Insurance", "Fuel", "Maintenance", "Hotels", "Rentals",
            "Airline", "Restaurants", "Financial", "Medical", "Misc", "Other", TotalColumn,
        }
        .Select(n => n.Split(' '))
        .ToArray();

    private readonly List<Cell> _cells;

    private CategoryTotalsHeader(List<Cell> cells) => _cells = cells;

    public IEnumerable<string> Names => _cells.Select(c => c.Name);

    /// <summary>Reads a line of category headings; null if the line is not one.</summary>
    public static CategoryTotalsHeader? TryRead(LayoutLine line)
    {
        var cells = new List<Cell>();
        var words = line.Words;
        var known = 0;
        for (var i = 0; i < words.Count;)
        {
            var match = _known.FirstOrDefault(n => Matches(words, i, n));
            if (match is not null)
            {
                cells.Add(new Cell(string.Join(' ', match), words[i].Left, words[i + match.Length - 1].Right));
                known++;
                i += match.Length;
                continue;
            }

            // An unknown heading word joins the heading it is written close to.
            if (cells.Count > 0 && words[i].Left - cells[^1].Right < 0.6 * line.Height)
            {
                var last = cells[^1];
                cells[^1] = new Cell($"{last.Name} {words[i].Text}", last.Left, words[i].Right);
            }
            else
            {
                cells.Add(new Cell(words[i].Text, words[i].Left, words[i].Right));
            }

            i++;
        }

        return known >= 3 && known >= 0.75 * cells.Count ? new CategoryTotalsHeader(cells) : null;
    }

    /// <summary>Reads the figures under the headings, by heading; null if the line is not all figures.</summary>
    public IReadOnlyList<(string Name, decimal Amount)>? TryReadValues(LayoutLine line)
    {
        var values = new List<(Cell Cell, decimal Amount)>();
        foreach (var word in line.Words)
        {
            if (!AmountParser.TryParse(word.Text, out var amount))
            {
                return null;
            }

            var cell = _cells
                .OrderByDescending(c => Math.Min(c.Right, word.Right) - Math.Max(c.Left, word.Left))
                .ThenBy(c => Math.Abs(c.Right - word.Right))
                .First();
            values.Add((cell, amount));
        }

        if (values.Count == 0 || values.Select(v => v.Cell).Distinct().Count() != values.Count)
        {
            return null;
        }

        return _cells
            .Select(c => (c, values.FirstOrDefault(v => ReferenceEquals(v.Cell, c))))
            .Where(p => p.Item2.Cell is not null)
            .Select(p => (p.c.Name, p.Item2.Amount))
            .ToList();
    }

    private static bool Matches(IReadOnlyList<LayoutWord> words, int start, string[] name) =>
        start + name.Length <= words.Count
        && name.Select((w, k) => string.Equals(words[start + k].Text, w, StringComparison.OrdinalIgnoreCase)).All(m => m);

    private sealed record Cell(string Name, double Left, double Right);
}
