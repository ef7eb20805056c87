namespace CardProcessor.Extraction.Tests.Generation.Statements;

/// <summary>A cardholder section's table: column positions sized to the section's content, as HTML tables
/// are.</summary>
internal sealed class StatementTable
{
    private readonly double[] _left;
    private readonly double[] _right;

    public StatementTable(GeneratedPages pages, StatementStyle style, StatementCardholder cardholder, double margin,
        Random random)
    {
        Columns = style.Columns;
        var widths = Columns.Select(column =>
        {
            var header = column.HeaderLines.Max(h => pages.Measure(h, style.Size, bold: true));
            var cells = cardholder.Transactions.Count == 0
                ? 0
                : cardholder.Transactions.Max(t => StatementCells.For(column, t, style)
                    .Max(line => pages.Measure(line, style.Size)));
            if (column.Kind == "merchant"
                && cardholder.Transactions.Any(t => t.Foreign is not null && !StatementCells.MemoInline(t, style)))
            {
                cells = Math.Max(cells,
                    cardholder.Transactions.Where(t => t.Foreign is not null && !StatementCells.MemoInline(t, style))
                    .Max(t => pages.Measure(StatementCells.Memo(t.Foreign!), style.Size)));
            }

            return Math.Max(header, cells) + (style.Size * 0.9);
        }).ToArray();
        var slack = pages.Width - (2 * margin) - widths.Sum();
        for (var i = 0; i < widths.Length && slack > 0; i++)
        {
            var extra = slack * random.NextDouble() * 0.3;
            widths[i] += extra;
            slack -= extra;
        }

        _left = new double[widths.Length];
        _right = new double[widths.Length];
        var x = margin;
        for (var i = 0; i < widths.Length; i++)
        {
            _left[i] = x;
            _right[i] = x + widths[i] - (style.Size * 0.45);
            x += widths[i];
        }
    }

    public IReadOnlyList<StatementColumn> Columns { get; }

    public double Left(int column) => _left[column];

    public double Right(int column) => _right[column];

    public double Anchor(int column) => Columns[column].RightAligned ? _right[column] : _left[column];

    public int IndexOf(string kind) => Columns.Select(c => c.Kind).ToList().IndexOf(kind);
}
