using System.Globalization;
using System.Text.RegularExpressions;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.IssuerStatements;

/// <summary>
/// Finds a foreign-currency memo (<c>679.01 GBP @ 1.2710</c>) among a line's words, wherever it
/// sits horizontally, or among a cell's words when the cell wrapped it, so that it is not mistaken
/// for a wrapped merchant name.
/// </summary>
internal static partial class ForeignMemo
{
    /// <summary>The memo and the words it was read from, or null.</summary>
    public static (ForeignAmount Foreign, IReadOnlyList<LayoutWord> Words)? Find(LayoutLine line) => Find(line.Words);

    /// <summary>The memo among consecutive <paramref name="words"/> (of one line, or of one cell over its lines), or
    /// null.</summary>
    public static (ForeignAmount Foreign, IReadOnlyList<LayoutWord> Words)? Find(IReadOnlyList<LayoutWord> words)
    {
        for (var start = 0; start < words.Count; start++)
        {
            // Up to five words: "679.01", "GBP", "@", "1.2710", or the same with the "@" attached.
            for (var count = 2; count <= 5 && start + count <= words.Count; count++)
            {
                var text = string.Join(' ', words.Skip(start).Take(count).Select(w => w.Text));
                var match = MemoRegex().Match(text);
                if (!match.Success)
                {
                    continue;
                }

                var foreign = new ForeignAmount(
                    match.Groups["currency"].Value,
                    decimal.Parse(match.Groups["amount"].Value.Replace(",", string.Empty, StringComparison.Ordinal),
                        NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                    decimal.Parse(match.Groups["rate"].Value, NumberStyles.AllowDecimalPoint,
                        CultureInfo.InvariantCulture));
                return (foreign, words.Skip(start).Take(count).ToList());
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?<amount>-?[\d,]*\d(?:\.\d+)?)\s*(?<currency>[A-Z]{3})\s*@\s*(?<rate>\d*\.?\d+)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex MemoRegex();
}
