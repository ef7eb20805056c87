using System.Buffers;

namespace CardProcessor.Reports;

/// <summary>
/// Formula-injection defence for text written to CSV and Excel: a spreadsheet treats a cell that
/// begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return as a formula (or as the
/// start of one once edited), so such text gets a leading apostrophe and is shown as typed.
/// Only text goes through here: numbers are written as numbers, so a credit of -6.44 stays -6.44.
/// </summary>
public static class SpreadsheetText
{
    private static readonly SearchValues<char> s_formulaStarts = SearchValues.Create("=+-@\t\r");

    public static string? Neutralise(string? text) =>
        text is { Length: > 0 } && s_formulaStarts.Contains(text[0]) ? "'" + text : text;
}
