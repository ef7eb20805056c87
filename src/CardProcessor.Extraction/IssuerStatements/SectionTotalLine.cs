using System.Text.RegularExpressions;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Parsing;
using CardProcessor.Extraction.Tables;

namespace CardProcessor.Extraction.IssuerStatements;

/// <summary>
/// Reads a cardholder section's closing total in its three styles: <c>Total for JANE Q DOE: $1,234.56</c>,
/// <c>Cardholder Total: $1,234.56</c>, or a last table row <c>Total ... $1,234.56</c>.
/// </summary>
internal static partial class SectionTotalLine
{
    public static decimal? TryRead(LayoutLine line, TableHeader? columns)
    {
        var text = LineText.Normalized(line).Trim();
        var match = LabelledRegex().Match(text);
        if (match.Success)
        {
            return AmountParser.ParseOrNull(match.Groups["amount"].Value);
        }

        if (!RowRegex().IsMatch(text))
        {
            return null;
        }

        // The table-row style: the total sits in the amount column.
        if (columns is not null && AmountParser.ParseOrNull(columns.Split(line)[ColumnKind.Amount]) is { } amount)
        {
            return amount;
        }

        var trailing = TrailingAmountRegex().Match(text);
        return trailing.Success ? AmountParser.ParseOrNull(trailing.Groups["amount"].Value) : null;
    }

    [GeneratedRegex(
        @"^(?:Total\s+for\s+.+?|Cardholder\s+Total|Card\s+Total|Total\s+for\s+card.*?)\s*:\s*(?<amount>\S+(?:\s?CR)?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledRegex();

    [GeneratedRegex(@"^Total\b(?!\s+for\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RowRegex();

    [GeneratedRegex(@"(?<amount>\(?-?\$?-?[\d,]+\.\d{2}\)?(?:-|\s?CR)?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAmountRegex();
}
