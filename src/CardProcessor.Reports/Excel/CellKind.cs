namespace CardProcessor.Reports.Excel;

/// <summary>How a column's values are stored and shown: text, or a real number or date with a format.</summary>
internal enum CellKind
{
    Text,
    Money,
    Date,

    /// <summary>A UTC instant, shown with date and time.</summary>
    Timestamp,
    Integer,

    /// <summary>A quantity or a unit price (up to 5 decimals).</summary>
    Decimal,
}
