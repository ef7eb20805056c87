using System.Text.RegularExpressions;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Model;
using CardProcessor.Extraction.Parsing;

namespace CardProcessor.Extraction.CardActivityReport;

/// <summary>Reads <c>Transaction Totals: $gross $discount $net</c>.</summary>
internal static partial class TransactionTotalsLine
{
    public static TransactionTotals? Read(LayoutLine line)
    {
        var text = LineText.Normalized(line);
        var label = text.IndexOf("Totals:", StringComparison.OrdinalIgnoreCase);
        if (label < 0)
        {
            return null;
        }

        var amounts = AmountsRegex().Matches(text[(label + "Totals:".Length)..])
            .Select(m => AmountParser.ParseOrNull(m.Value))
            .OfType<decimal>()
            .ToList();
        return amounts.Count >= 3 ? new TransactionTotals(amounts[^3], amounts[^2], amounts[^1]) : null;
    }

    [GeneratedRegex(AmountParser.Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex AmountsRegex();
}
