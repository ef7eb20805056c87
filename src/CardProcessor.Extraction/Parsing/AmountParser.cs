using System.Globalization;
using System.Text.RegularExpressions;

namespace CardProcessor.Extraction.Parsing;

/// <summary>
/// Reads a printed money amount exactly, as a <see cref="decimal"/>: with or without a currency
/// sign and thousands separators (<c>1,234.56</c>, Indian <c>1,23,456.00</c>, or <c>1 234,56</c> /
/// <c>1.234,56</c> with a decimal comma), and a credit in any of the printed styles, <c>(12.50)</c>, <c>-12.50</c>,
/// <c>-$12.50</c>, <c>12.50-</c>, <c>12.50 CR</c> or <c>12.50Cr</c>, as a negative amount. A
/// <c>Dr</c> suffix marks a debit and reads as positive.
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

        var number = Invariant(match.Groups["number"].Value);
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
        {
            return false;
        }

        var negative = match.Groups["open"].Success
            || (signs.Count == 1 && signs[0].Value == "-")
            || (match.Groups["trail"].Success && char.ToUpperInvariant(match.Groups["trail"].Value[0]) != 'D');
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

    /// <summary>
    /// The number in invariant form: a decimal comma (two digits after the last comma and no point)
    /// becomes a point, and thousands separators (commas, points, spaces) are dropped.
    /// </summary>
    private static string Invariant(string number)
    {
        var compact = number.Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("\u00A0", string.Empty, StringComparison.Ordinal)
            .Replace("\u202F", string.Empty, StringComparison.Ordinal);
        var comma = compact.LastIndexOf(',');
        if (comma >= 0 && compact.Length - comma == 3 && !compact[comma..].Contains('.'))
        {
            var whole = compact[..comma].Replace(".", string.Empty, StringComparison.Ordinal);
            return whole.Replace(",", string.Empty, StringComparison.Ordinal) + "." + compact[(comma + 1)..];
        }

        return compact.Replace(",", string.Empty, StringComparison.Ordinal);
    }

    [GeneratedRegex(
        @"^(?<open>\()?\s*(?<sign1>[-+])?\s*(?:US|CA|C|A|Rs\.?|INR)?\s*[$€£₹]?\s*(?<sign2>[-+])?\s*"
            + @"(?<number>(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(?:\.\d+)?"
            + @"|\d{1,3}(?:[ .\u00A0\u202F]\d{3})+,\d{2}|\d+,\d{2}|\.\d+)"
            + @"\s*(?<close>\))?\s*(?<trail>-|CR|Cr|cr|DR|Dr|dr)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex AmountRegex();
}
