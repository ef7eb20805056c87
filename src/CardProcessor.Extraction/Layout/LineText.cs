namespace CardProcessor.Extraction.Layout;

/// <summary>Text tests on a line that tolerate different word splitting (<c>Totals:</c> or <c>Totals :</c>).</summary>
internal static class LineText
{
    /// <summary>The line's text with spaces before colons removed, for matching labels.</summary>
    public static string Normalized(LayoutLine line) =>
        line.Text.Replace(" :", ":", StringComparison.Ordinal);

    public static bool Contains(LayoutLine line, string text) =>
        Normalized(line).Contains(text, StringComparison.OrdinalIgnoreCase);

    public static bool StartsWith(LayoutLine line, string text) =>
        Normalized(line).StartsWith(text, StringComparison.OrdinalIgnoreCase);

    public static bool AnyContains(IEnumerable<LayoutLine> lines, string text) =>
        lines.Any(l => Contains(l, text));
}
