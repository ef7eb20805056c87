using CardProcessor.Extraction.Layout;

namespace CardProcessor.Extraction.Tables;

/// <summary>
/// Finds a table header at a line and turns it into columns. A header may wrap: a cell printed
/// as <c>Trans</c> over <c>Date</c>, vertically centred beside one-line cells, spreads over up to
/// three lines, and the words of one cell are the ones that overlap horizontally.
/// </summary>
internal static class HeaderReader
{
    private const int MaxHeaderLines = 3;

    /// <summary>
    /// Reads the header that starts at <paramref name="index"/>, if the lines there are one and
    /// it has every column in <paramref name="required"/>.
    /// </summary>
    /// <param name="lineCount">How many lines the header spans.</param>
    public static TableHeader? TryRead(
        IReadOnlyList<LayoutLine> lines,
        int index,
        HeaderVocabulary vocabulary,
        IReadOnlyCollection<ColumnKind> required,
        out int lineCount) =>
        TryRead(lines, index, vocabulary, h => required.All(h.Has), out lineCount);

    /// <summary>Reads the header that starts at <paramref name="index"/>, if it is one that <paramref name="accept"/>
    /// accepts.</summary>
    public static TableHeader? TryRead(
        IReadOnlyList<LayoutLine> lines,
        int index,
        HeaderVocabulary vocabulary,
        Func<TableHeader, bool> accept,
        out int lineCount)
    {
        lineCount = 0;
        if (!IsMostlyHeaderWords(lines[index], vocabulary))
        {
            return null;
        }

        var block = new List<LayoutLine> { lines[index] };
        while (block.Count < MaxHeaderLines && index + block.Count < lines.Count)
        {
            var previous = block[^1];
            var next = lines[index + block.Count];
            var adjacent = next.Top - previous.Bottom <= 0.5 * previous.Height;
            if (!adjacent || !next.Words.All(w => vocabulary.IsHeaderWord(w.Text)))
            {
                break;
            }

            block.Add(next);
        }

        // A wrapped header may read as a valid header before its last line is added; prefer the
        // longest block that still has all required columns.
        for (var count = block.Count; count >= 1; count--)
        {
            var header = Build(block.Take(count).ToList(), vocabulary);
            if (accept(header))
            {
                lineCount = count;
                return header;
            }
        }

        return null;
    }

    private static bool IsMostlyHeaderWords(LayoutLine line, HeaderVocabulary vocabulary)
    {
        var known = line.Words.Count(w => vocabulary.IsHeaderWord(w.Text));
        return known > 0 && known >= 0.75 * line.Words.Count;
    }

    private static TableHeader Build(List<LayoutLine> block, HeaderVocabulary vocabulary)
    {
        var cells = new List<HeaderCell>();
        for (var lineIndex = 0; lineIndex < block.Count; lineIndex++)
        {
            foreach (var fragment in Fragments(block[lineIndex], vocabulary))
            {
                var target = cells
                    .Where(c => !c.Lines.Contains(lineIndex) && Overlap(c, fragment) > 0)
                    .OrderByDescending(c => Overlap(c, fragment))
                    .FirstOrDefault();
                if (target is null)
                {
                    target = new HeaderCell();
                    cells.Add(target);
                }

                target.Add(lineIndex, fragment);
            }
        }

        var columns = cells
            .OrderBy(c => c.Left)
            .Select(c =>
            {
                var words = c.Words.Select(w => w.Text).ToList();
                var kind = vocabulary.Resolve(words);
                return new TableColumn(kind, string.Join(' ', words), c.Left, c.Right,
                    vocabulary.RightAligned.Contains(kind));
            })
            .ToList();
        var height = block.Min(l => l.Height);
        return new TableHeader(columns, block[0].Top, block[^1].Bottom, height);
    }

    private static IEnumerable<IReadOnlyList<LayoutWord>> Fragments(LayoutLine line, HeaderVocabulary vocabulary)
    {
        var texts = line.Words.Select(w => w.Text).ToList();
        var start = 0;
        while (start < texts.Count)
        {
            var length = Math.Max(vocabulary.MatchLength(texts, start), 1);
            yield return line.Words.Skip(start).Take(length).ToList();
            start += length;
        }
    }

    private static double Overlap(HeaderCell cell, IReadOnlyList<LayoutWord> fragment) =>
        Math.Min(cell.Right, fragment[^1].Right) - Math.Max(cell.Left, fragment[0].Left);

    private sealed class HeaderCell
    {
        public List<int> Lines { get; } = [];

        public List<LayoutWord> Words { get; } = [];

        public double Left { get; private set; } = double.MaxValue;

        public double Right { get; private set; } = double.MinValue;

        public void Add(int lineIndex, IReadOnlyList<LayoutWord> fragment)
        {
            Lines.Add(lineIndex);
            Words.AddRange(fragment);
            Left = Math.Min(Left, fragment[0].Left);
            Right = Math.Max(Right, fragment[^1].Right);
        }
    }
}
