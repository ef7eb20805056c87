using System.Globalization;
using System.Xml;

namespace CardProcessor.Reports.Excel;

/// <summary>
/// Writes data rows as SpreadsheetML straight into a sheet's XML: numbers and dates as numeric cells
/// with the column's style (its number format), text as inline strings, neutralised against formula
/// injection. Rows start under the header row.
/// </summary>
internal sealed class SheetRowWriter(XmlWriter xml, string prefix, string ns, IReadOnlyList<string> styles)
{
    /// <summary>Excel's limit on the characters of one cell.</summary>
    private const int MaxCellText = 32_767;

    private static readonly DateTime s_excelEpoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);

    private readonly string[] _letters = Enumerable.Range(0, styles.Count).Select(ColumnLetters).ToArray();
    private int _row = 1;
    private string _rowText = "1";

    public int LastRow => _row;

    public static string ColumnLetters(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    public void StartRow()
    {
        _row++;
        _rowText = _row.ToString(CultureInfo.InvariantCulture);
        xml.WriteStartElement(prefix, "row", ns);
        xml.WriteAttributeString("r", _rowText);
    }

    public void EndRow() => xml.WriteEndElement();

    public void WriteCell(int column, CellKind kind, object? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteStartElement(prefix, "c", ns);
        xml.WriteAttributeString("r", _letters[column] + _rowText);
        xml.WriteAttributeString("s", styles[column]);
        if (kind == CellKind.Text)
        {
            WriteInlineString(SpreadsheetText.Neutralise(XmlText.Clean((string)value))!);
        }
        else
        {
            xml.WriteStartElement(prefix, "v", ns);
            xml.WriteString(Number(value));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private void WriteInlineString(string text)
    {
        if (text.Length > MaxCellText)
        {
            text = text[..MaxCellText];
        }

        xml.WriteAttributeString("t", "inlineStr");
        xml.WriteStartElement(prefix, "is", ns);
        xml.WriteStartElement(prefix, "t", ns);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            xml.WriteAttributeString("xml", "space", null, "preserve");
        }

        xml.WriteString(text);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static string Number(object value) => value switch
    {
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        // Excel stores dates as days since 1899-12-30; the column's style shows them as dates.
        DateOnly date => (date.ToDateTime(TimeOnly.MinValue) - s_excelEpoch).Days
            .ToString(CultureInfo.InvariantCulture),
        DateTimeOffset instant => (instant.UtcDateTime - s_excelEpoch).TotalDays
            .ToString("0.##########", CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"No numeric cell for {value.GetType().Name}.", nameof(value)),
    };
}
