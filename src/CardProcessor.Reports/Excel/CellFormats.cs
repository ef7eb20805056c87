using System.Globalization;

namespace CardProcessor.Reports.Excel;

/// <summary>The Excel number format of each kind of column.</summary>
internal static class CellFormats
{
    public static string Of(CellKind kind) => kind switch
    {
        CellKind.Money => "\"$\"#,##0.00;[Red]-\"$\"#,##0.00",
        CellKind.Date => "yyyy-mm-dd",
        CellKind.Timestamp => "yyyy-mm-dd hh:mm:ss",
        CellKind.Integer => "0",
        CellKind.Decimal => "#,##0.00###",
        _ => "@",
    };

    /// <summary>Characters the formatted value takes, for fitting the column width without measuring fonts.</summary>
    public static int DisplayLength(CellKind kind, object value) => kind switch
    {
        CellKind.Money => ((decimal)value).ToString("$#,##0.00", CultureInfo.InvariantCulture).Length + 1,
        CellKind.Date => 10,
        CellKind.Timestamp => 19,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Length ?? 0,
    };
}
