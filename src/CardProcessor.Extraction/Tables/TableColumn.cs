namespace CardProcessor.Extraction.Tables;

/// <summary>
/// A column found from its header cell: the header's horizontal extent and how the column's
/// values line up with it (numbers are right-aligned, text left-aligned).
/// </summary>
internal sealed record TableColumn(ColumnKind Kind, string Header, double Left, double Right, bool RightAligned);
