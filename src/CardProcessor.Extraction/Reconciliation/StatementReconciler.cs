using CardProcessor.Extraction.IssuerStatements;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.Reconciliation;

/// <summary>
/// Checks an issuer statement against its printed totals: each section's transactions against
/// its closing total, the account summary rows against the sections and the summary's statement
/// total, and the section totals against the statement total.
/// </summary>
internal static class StatementReconciler
{
    public static IEnumerable<ExtractionFinding> Reconcile(
        IReadOnlyList<StatementSectionBuilder> sections,
        AccountSummaryReader summary,
        decimal? closingTotal,
        int? closingTotalPage)
    {
        var findings = new List<ExtractionFinding>();
        foreach (var section in sections)
        {
            var subject = $"Cardholder {section.Name} (card ending {section.CardLast4})";
            var sum = section.Transactions.Sum(t => t.Amount);
            if (section.Total is not { } total)
            {
                findings.Add(
                    FindingFactory.Note(FindingCodes.CardTotalMissing,
                    $"{subject} has no printed total to check its transactions against.", section.CardLast4,
                    page: section.FirstPage));
            }
            else if (sum != total)
            {
                findings.Add(
                    FindingFactory.Mismatch(FindingCodes.CardTotal, subject, "the cardholder total", total, sum,
                    section.CardLast4, page: section.TotalPage));
            }
        }

        findings.AddRange(ReconcileSummary(sections, summary));
        var sectionsSum = sections.Sum(s => s.Total ?? s.Transactions.Sum(t => t.Amount));
        var statementTotal = closingTotal ?? summary.StatementTotal;
        if (statementTotal is null)
        {
            findings.Add(
                FindingFactory.Note(FindingCodes.GrandTotalMissing,
                "The statement prints no Statement Total to check the cardholder totals against."));
        }
        else if (sectionsSum != statementTotal)
        {
            findings.Add(
                FindingFactory.Mismatch(FindingCodes.GrandTotal, "Cardholder sections", "the Statement Total",
                statementTotal.Value, sectionsSum, page: closingTotalPage ?? summary.StatementTotalPage,
                extractedLabel: "the cardholder totals add up to"));
        }

        if (closingTotal is { } closing && summary.StatementTotal is { } summaryTotal && closing != summaryTotal)
        {
            findings.Add(
                FindingFactory.Mismatch(FindingCodes.StatementTotalsDisagree, "Statement",
                "the account summary's Statement Total", summaryTotal, closing, page: closingTotalPage,
                extractedLabel: "the closing Statement Total prints"));
        }

        return findings;
    }

    private static IEnumerable<ExtractionFinding> ReconcileSummary(IReadOnlyList<StatementSectionBuilder> sections,
        AccountSummaryReader summary)
    {
        if (!summary.Seen)
        {
            yield break;
        }

        var unmatched = sections.ToList();
        foreach (var row in summary.Rows)
        {
            var section = unmatched.FirstOrDefault(s => s.CardLast4 == row.CardLast4
                && string.Equals(s.Name, row.Name, StringComparison.OrdinalIgnoreCase))
                ?? unmatched.FirstOrDefault(s => s.CardLast4 == row.CardLast4);
            if (section is null)
            {
                yield return FindingFactory.Note(FindingCodes.SummaryRowUnmatched,
                    $"The account summary lists {row.Name} (card ending {row.CardLast4}) but the statement has no "
                    + $"section for that card.", row.CardLast4, page: row.Page);
                continue;
            }

            unmatched.Remove(section);
            var sectionTotal = section.Total ?? section.Transactions.Sum(t => t.Amount);
            if (sectionTotal != row.Total)
            {
                yield return FindingFactory.Mismatch(FindingCodes.SummaryRow,
                    $"Cardholder {row.Name} (card ending {row.CardLast4})", "the account summary row", row.Total,
                    sectionTotal, row.CardLast4, page: row.Page, extractedLabel: "the section's total is");
            }
        }

        foreach (var section in unmatched)
        {
            yield return FindingFactory.Note(FindingCodes.SummaryRowUnmatched,
                $"Cardholder {section.Name} (card ending {section.CardLast4}) has a section but no account summary "
                + $"row.", section.CardLast4, page: section.FirstPage);
        }

        if (summary.StatementTotal is { } total && summary.Rows.Sum(r => r.Total) is var rowsSum && rowsSum != total)
        {
            yield return FindingFactory.Mismatch(FindingCodes.SummaryTotal, "Account summary",
                "the summary's Statement Total", total, rowsSum, page: summary.StatementTotalPage,
                extractedLabel: "the summary rows add up to");
        }
    }
}
