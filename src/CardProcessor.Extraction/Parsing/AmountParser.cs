using System.Globalization;
using System.Text.RegularExpressions;

namespace CardProcessor.Extraction.Parsing;

/// <summary>
/// Reads a printed money amount exactly, as a <see cref="decimal"/>: with or without <c>$</c> and
/// thousands separators, and a credit in any of the printed styles, <c>(12.50)</c>,
/// <c>-12.50</c>, <c>-$12.50</c>, <c>12.50-</c> or <c>12.50 CR</c>, as a negative amount.
/// </summary>
internal static partial class AmountParser
{
    /// <summary>An amount as it may appear inside a line of text (for totals lines).</summary>
    public const string Pattern = @"\(?[-+]?\$?\s?[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)?(?:-|\s?CR\b)?";

    public static bool TryParse(string? text, out decimal amount)
    {
        amount = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = AmountRegex().Match(text.Trim());
        if (!match.Success || match.Groups["open"].Success != match.Groups["close"].Success)
        {
            return false;
        }

        var signs = new[] { match.Groups["sign1"], match.Groups["sign2"] }.Where(g => g.Success).ToList();
        if (signs.Count > 1)
        {
            return false;
        }

        var number = match.Groups["number"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
        {
            return false;
        }

        var negative = match.Groups["open"].Success
            || (signs.Count == 1 && signs[0].Value == "-")
            || match.Groups["trail"].Success;
        if (negative && (signs.Count == 1 && signs[0].Value == "+"))
        {
            return false;
        }

        if (negative)
        {
            amount = -amount;
        }

        return true;
    }

    public static decimal? ParseOrNull(string? text) => TryParse(text, out var amount) ? amount : null;

    [GeneratedRegex(@"^(?<open>\()?\s*(?<sign1>[-+])?\s*(?:US)?\$?\s*(?<sign2>[-+])?\s*(?<number>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)\s*(?<close>\))?\s*(?<trail>-|CR|Cr|cr)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AmountRegex();
}
