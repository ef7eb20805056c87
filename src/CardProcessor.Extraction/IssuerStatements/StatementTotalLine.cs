using System.Text.RegularExpressions;
using CardProcessor.Extraction.Parsing;

namespace CardProcessor.Extraction.IssuerStatements;

/// <summary>Reads <c>Statement Total: $156,832.38</c> (or the summary's <c>Statement Total</c> row).</summary>
internal static partial class StatementTotalLine
{
    public static decimal? TryRead(string text)
    {
        var match = Regex().Match(text);
        return match.Success ? AmountParser.ParseOrNull(match.Groups["amount"].Value) : null;
    }

    [GeneratedRegex(@"^(?:Statement|Grand|Account)\s+Total\s*:?\s*(?<amount>.+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Regex();
}
