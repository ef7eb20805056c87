namespace CardProcessor.Reports.Excel;

/// <summary>A sheet whose rows are loaded: what the skeleton lays out and the row writer fills.</summary>
internal interface IWorkbookSheet
{
    string Name { get; }

    IReadOnlyList<string> Headers { get; }

    IReadOnlyList<CellKind> Kinds { get; }

    int RowCount { get; }

    /// <summary>Column widths in characters, fitted to the header and the longest value.</summary>
    IReadOnlyList<double> FittedWidths();

    void WriteRows(SheetRowWriter writer);
}
