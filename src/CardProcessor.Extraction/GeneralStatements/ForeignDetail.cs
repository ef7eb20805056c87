using System.Globalization;
using System.Text.RegularExpressions;
using CardProcessor.Extraction.IssuerStatements;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.GeneralStatements;

/// <summary>
/// The foreign-currency detail a charge may carry on the lines under it, in one line
/// (<c>679.01 GBP @ 1.2710</c>) or two (<c>FOREIGN CURRENCY 20.40 USD</c> / <c>@ EXCHANGE RATE
/// 1.35931</c>). Those lines go into <c>foreign</c>, never into the merchant.
/// </summary>
internal sealed partial class ForeignDetail
{
    private string? _currency;
    private decimal? _original;
    private decimal? _rate;

    public ForeignAmount? Amount =>
        _currency is not null && _original is { } original && _rate is { } rate
            ? new ForeignAmount(_currency, original, rate)
            : null;

    /// <summary>Takes a detail line; false when the line is not one.</summary>
    public bool TryAdd(LayoutLine line)
    {
        if (ForeignMemo.Find(line) is { } memo && memo.Words.Count == line.Words.Count)
        {
            (_currency, _original, _rate) = (memo.Foreign.Currency, memo.Foreign.OriginalAmount, memo.Foreign.Rate);
            return true;
        }

        var text = line.Text;
        if (AmountAndCurrency().Match(text) is { Success: true } amount && _original is null)
        {
            _currency = amount.Groups["currency"].Value;
            _original = Parse(amount.Groups["amount"].Value);
            if (Rate().Match(text) is { Success: true } inline)
            {
                _rate = Parse(inline.Groups["rate"].Value);
            }

            return true;
        }

        if (Rate().Match(text) is { Success: true } rate && _original is not null && _rate is null)
        {
            _rate = Parse(rate.Groups["rate"].Value);
            return true;
        }

        return false;
    }

    private static decimal Parse(string text) =>
        decimal.Parse(
            text.Replace(",", string.Empty, StringComparison.Ordinal),
            NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture);

    [GeneratedRegex(
        @"^(?i:(?:FOREIGN|ORIGINAL|ORIG\.?)\s+(?:CURRENCY|AMOUNT|AMT\.?)?:?\s*)?"
            + @"(?:(?<amount>\d[\d,]*\.\d+)\s+(?<currency>[A-Z]{3})"
            + @"|(?<currency>[A-Z]{3})\s+(?<amount>\d[\d,]*\.\d+))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AmountAndCurrency();

    [GeneratedRegex(
        @"(?:^@|EXCHANGE\s+RATE|\bRATE\b|@)\s*:?\s*(?<rate>\d*\.\d+)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Rate();
}
