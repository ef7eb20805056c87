namespace CardProcessor.Extraction.GeneralStatements;

/// <summary>
/// A page's transaction table as a person would see it: the lines that start with a date and end
/// with an amount, the amount column(s) those amounts line up in, and the horizontal extent that
/// leaves side panels and margins out. Found per page: issuers move columns between pages.
/// </summary>
internal sealed class PageTable
{
    private PageTable(double left, double right, double textLeft, IReadOnlyList<AmountColumn> amounts)
    {
        Left = left;
        Right = right;
        TextLeft = textLeft;
        AmountColumns = amounts;
    }

    public double Left { get; }

    public double Right { get; }

    /// <summary>Where the descriptions start: wrapped lines begin here, not under the dates.</summary>
    public double TextLeft { get; }

    public IReadOnlyList<AmountColumn> AmountColumns { get; }

    public double AmountsLeft => AmountColumns.Min(c => c.Left);

    /// <summary>The table on a page, from lines read across the whole page width; null when no line is a row.</summary>
    public static PageTable? Find(IReadOnlyList<LineShape> shapes)
    {
        var rows = shapes.Where(s => s.StartsWithDate && s.Amounts.Count > 0).ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        var clusters = Cluster(rows);
        var primary = clusters.OrderByDescending(c => c.Rows.Count).ThenBy(c => c.Left).First();

        // A second amount column is a credit (or debit) column only when no row uses both: a panel
        // beside the table shares lines with the rows, a credit column never does.
        var columns = clusters
            .Where(c => c == primary || (c.Rows.Count > 0 && !c.Rows.Overlaps(primary.Rows)
                && Math.Abs(c.Left - primary.Right) < 8 * rows[0].Height))
            .OrderBy(c => c.Left)
            .ToList();
        var height = rows.Average(r => r.Height);
        var left = rows.Min(r => r.Dates[0].Run.Left) - (0.5 * height);
        var right = columns.Max(c => c.Right) + height;
        var textStarts = rows.Select(r => r.TextBefore(r.Amounts[0].Run))
            .Where(t => t.Count > 0)
            .Select(t => t[0].Left)
            .Order()
            .ToList();
        var textLeft = textStarts.Count > 0 ? textStarts[textStarts.Count / 2] : rows.Max(r => r.Dates[^1].Run.Right);
        var amounts = columns.Select(c => new AmountColumn(c.Left, c.Right, false)).ToList();
        return new PageTable(left, right, textLeft, amounts);
    }

    /// <summary>The same table with its credit column named (from its header, else the rightmost of two).</summary>
    public PageTable WithCreditColumn(IReadOnlyList<string> headerAbove)
    {
        if (AmountColumns.Count < 2)
        {
            return this;
        }

        var credit = AmountColumns.Count - 1;
        for (var i = 0; i < AmountColumns.Count; i++)
        {
            if (ColumnWords.SaysCredit(headerAbove[i]) && !ColumnWords.SaysDebit(headerAbove[i]))
            {
                credit = i;
            }
        }

        var columns = AmountColumns.Select((c, i) => c with { IsCredit = i == credit }).ToList();
        return new PageTable(Left, Right, TextLeft, columns);
    }

    /// <summary>The amount of a line that sits in one of the amount columns (the rightmost such), or null.</summary>
    public (WordRun Run, decimal Amount, AmountColumn Column)? AmountOf(LineShape shape)
    {
        for (var i = shape.Amounts.Count - 1; i >= 0; i--)
        {
            var (run, amount) = shape.Amounts[i];
            if (AmountColumns.FirstOrDefault(c => c.Holds(run)) is { } column)
            {
                return (run, amount, column);
            }
        }

        return null;
    }

    private static List<ColumnCluster> Cluster(List<LineShape> rows)
    {
        var clusters = new List<ColumnCluster>();
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var (run, _) in rows[r].Amounts)
            {
                var cluster = clusters.FirstOrDefault(c => run.Left < c.Right && run.Right > c.Left);
                if (cluster is null)
                {
                    cluster = new ColumnCluster(run.Left, run.Right);
                    clusters.Add(cluster);
                }

                cluster.Add(r, run);
            }
        }

        return clusters;
    }

    private sealed class ColumnCluster(double left, double right)
    {
        public double Left { get; private set; } = left;

        public double Right { get; private set; } = right;

        public HashSet<int> Rows { get; } = [];

        public void Add(int row, WordRun run)
        {
            Rows.Add(row);
            Left = Math.Min(Left, run.Left);
            Right = Math.Max(Right, run.Right);
        }
    }
}
