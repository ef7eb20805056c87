using CardProcessor.Extraction.GeneralStatements;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.Reconciliation;

/// <summary>
/// Checks a general statement's rows against whatever it prints: previous balance plus the
/// transactions is the new balance; previous + purchases + fees + interest − payments − credits
/// is the new balance (a summary box); a net-activity total is the transactions' sum; each
/// section's rows add up to its total. A statement printing none of these cannot be checked.
/// </summary>
internal static class GeneralStatementReconciler
{
    public static IEnumerable<ExtractionFinding> Reconcile(
        IReadOnlyList<ExtractedTransaction> transactions,
        decimal? previous,
        decimal? current,
        IReadOnlyDictionary<string, decimal> totals,
        IReadOnlyList<GeneralSection> sections)
    {
        var sum = transactions.Sum(t => t.Amount);
        var checkedSomething = false;
        if (previous is { } opening && current is { } closing)
        {
            checkedSomething = true;
            if (opening + sum != closing)
            {
                yield return FindingFactory.Mismatch(
                    FindingCodes.BalanceEquation, "Statement", "the new balance", closing, opening + sum,
                    extractedLabel: "the previous balance plus the transactions comes to");
            }

            if (SummaryBox(totals) is { } change && opening + change != closing)
            {
                yield return FindingFactory.Mismatch(
                    FindingCodes.SummaryEquation, "Account summary", "the new balance", closing, opening + change,
                    extractedLabel: "previous balance + charges − payments − credits comes to");
            }
        }

        foreach (var (key, amount) in totals.Where(t => FigureLabels.IsNetActivity(t.Key)))
        {
            checkedSomething = true;
            if (amount != sum)
            {
                yield return FindingFactory.Mismatch(
                    FindingCodes.NetActivity, "Statement", $"the printed {key}", amount, sum);
            }
        }

        foreach (var section in sections.Where(s => s.Total is not null))
        {
            checkedSomething = true;
            if (section.Total != section.Sum && section.Total != -section.Sum)
            {
                yield return FindingFactory.Mismatch(
                    FindingCodes.SectionTotal,
                    $"Section {section.Heading}",
                    "its total",
                    section.Total!.Value,
                    section.Sum,
                    page: section.TotalPage);
            }
        }

        if (!checkedSomething)
        {
            yield return FindingFactory.Note(FindingCodes.GrandTotalMissing,
                "The statement prints no balance or total to check its transactions against.");
        }
    }

    /// <summary>The balance change a summary box prints, when it shows both charges and payments or credits.</summary>
    private static decimal? SummaryBox(IReadOnlyDictionary<string, decimal> totals)
    {
        var box = totals
            .Where(t => !t.Key.StartsWith("total", StringComparison.Ordinal) && !FigureLabels.IsNetActivity(t.Key))
            .ToList();
        var charges = box.Where(t => FigureLabels.IsCharges(t.Key)).ToList();
        var reductions = box.Where(t => FigureLabels.IsPayments(t.Key) || FigureLabels.IsCredits(t.Key)).ToList();
        if (charges.Count == 0 || reductions.Count == 0)
        {
            return null;
        }

        return charges.Sum(t => t.Value) - reductions.Sum(t => Math.Abs(t.Value));
    }
}
