namespace CardProcessor.Reports.Excel;

/// <summary>
/// A column of a sheet: its header, its kind and how to read its value from a row (null leaves the cell empty).
/// </summary>
internal sealed record SheetColumn<TRow>(string Header, CellKind Kind, Func<TRow, object?> Value);
