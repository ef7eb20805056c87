using System.Text.RegularExpressions;

namespace CardProcessor.Extraction.Parsing;

/// <summary>Reads a printed period: <c>Statement Period: 12/18/2025 - 01/16/2026</c>, <c>Period: 2026-03-01 to
/// 2026-03-31</c>.</summary>
internal static partial class PeriodParser
{
    public static (DateOnly Start, DateOnly End)? TryParse(string lineText, string label)
    {
        var index = lineText.IndexOf(label, StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            return null;
        }

        var rest = lineText[(index + label.Length)..].Trim().TrimStart(':').Trim();

        // ISO dates contain dashes themselves, so the separator is a dash with spaces, "to" or "through".
        var parts = SeparatorRegex().Split(rest, 2);
        if (parts.Length != 2)
        {
            return null;
        }

        var start = DateParser.ParseFull(parts[0]);
        var end = DateParser.ParseFull(FirstDate(parts[1]));
        return start is null || end is null ? null : (start.Value, end.Value);
    }

    /// <summary>The end date may be followed by other text on the same line.</summary>
    private static string FirstDate(string text)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = Math.Min(3, words.Length); count >= 1; count--)
        {
            var candidate = string.Join(' ', words.Take(count));
            if (DateParser.ParseFull(candidate) is not null)
            {
                return candidate;
            }
        }

        return text;
    }

    [GeneratedRegex(@"\s+(?:-|–|—|to|through|thru)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorRegex();
}
