using CardProcessor.Extraction.Layout;

namespace CardProcessor.Extraction.Tables;

/// <summary>
/// A table's columns as found from its header row, able to split a data line into cells.
/// </summary>
/// <remarks>
/// Columns are placed per header, never at fixed positions: HTML-rendered reports size their
/// columns to each section's content, so the same column sits at a different x in every section
/// and on every page. A left-aligned column starts where its header starts; a right-aligned
/// column (amounts) ends where its header ends. A word is placed by its right edge when that
/// lands in a right-aligned column, otherwise by its left edge.
/// </remarks>
internal sealed class TableHeader
{
    private readonly double[] _boundaries;

    public TableHeader(IReadOnlyList<TableColumn> columns, double top, double bottom, double lineHeight)
    {
        Columns = columns;
        Top = top;
        Bottom = bottom;
        var tolerance = 0.3 * lineHeight;
        _boundaries = new double[Math.Max(columns.Count - 1, 0)];
        for (var i = 0; i < _boundaries.Length; i++)
        {
            var current = columns[i];
            var next = columns[i + 1];
            _boundaries[i] = !next.RightAligned ? next.Left - tolerance
                : current.RightAligned ? current.Right + tolerance
                : next.Left;
        }
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    public double Top { get; }

    public double Bottom { get; }

    public bool Has(ColumnKind kind) => Columns.Any(c => c.Kind == kind);

    public int IndexOf(ColumnKind kind)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Kind == kind)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The column index a word belongs to.</summary>
    public int ColumnOf(LayoutWord word)
    {
        var byRight = 0;
        while (byRight < _boundaries.Length && word.Right > _boundaries[byRight])
        {
            byRight++;
        }

        if (Columns[byRight].RightAligned)
        {
            return byRight;
        }

        var byLeft = 0;
        while (byLeft < _boundaries.Length && word.Left >= _boundaries[byLeft])
        {
            byLeft++;
        }

        return Math.Min(byLeft, byRight);
    }

    /// <summary>Splits a line into cells, one per column (empty where the line has nothing).</summary>
    public RowCells Split(LayoutLine line)
    {
        var words = new List<LayoutWord>[Columns.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = [];
        }

        foreach (var word in line.Words)
        {
            words[ColumnOf(word)].Add(word);
        }

        return new RowCells(this, words);
    }
}
