using System.Globalization;
using System.Text.RegularExpressions;

namespace CardProcessor.DocumentIntelligence.Receipts;

/// <summary>
/// Reads an amount from a field's printed text when the service gave the field no value (<c>$2,297.97</c>,
/// <c>(12.50)</c>, <c>-3.00</c>). Only the US style with comma thousands and a decimal point: the receipts here
/// are American, and guessing at <c>1.234</c> would be worse than no amount.
/// </summary>
internal static partial class PrintedAmount
{
    public static decimal? Parse(string? text)
    {
        var match = AmountRegex().Match(text ?? "");
        if (!match.Success
            || !decimal.TryParse(match.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal),
                NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return null;
        }

        var negative = match.Groups["minus"].Success || (match.Groups["open"].Success && match.Groups["close"].Success);
        return negative ? -amount : amount;
    }

    [GeneratedRegex(
        @"^\s*(?<open>\()?\s*(?<minus>-)?\s*\p{Sc}?\s*"
            + @"(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?<close>\))?\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex AmountRegex();
}
