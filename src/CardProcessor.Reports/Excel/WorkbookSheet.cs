namespace CardProcessor.Reports.Excel;

internal sealed class WorkbookSheet<TRow>(
    string name, IReadOnlyList<SheetColumn<TRow>> columns, IReadOnlyList<TRow> rows) : IWorkbookSheet
{
    private const double MinimumWidth = 8;
    private const double MaximumWidth = 60;

    // Room for the autofilter drop-down button beside the header text.
    private const double HeaderPadding = 4;

    public string Name => name;

    public IReadOnlyList<string> Headers { get; } = columns.Select(c => c.Header).ToList();

    public IReadOnlyList<CellKind> Kinds { get; } = columns.Select(c => c.Kind).ToList();

    public int RowCount => rows.Count;

    public IReadOnlyList<double> FittedWidths()
    {
        var widths = new double[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            var longest = column.Header.Length + HeaderPadding;
            foreach (var row in rows)
            {
                if (column.Value(row) is { } value)
                {
                    var shown = column.Kind == CellKind.Text ? SpreadsheetText.Neutralise((string)value)! : value;
                    longest = Math.Max(longest, CellFormats.DisplayLength(column.Kind, shown));
                }
            }

            widths[c] = Math.Clamp(longest + 1, MinimumWidth, MaximumWidth);
        }

        return widths;
    }

    public void WriteRows(SheetRowWriter writer)
    {
        foreach (var row in rows)
        {
            writer.StartRow();
            for (var c = 0; c < columns.Count; c++)
            {
                writer.WriteCell(c, columns[c].Kind, columns[c].Value(row));
            }

            writer.EndRow();
        }
    }
}
