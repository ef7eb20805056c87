using CardProcessor.Extraction.CardActivityReport;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.Reconciliation;

/// <summary>
/// Checks a card activity report against every total it prints: each transaction's line items
/// against its <c>Transaction Totals</c>, each card's transactions against its category totals
/// and <c>Total</c>, the product summary against the line items, and the cards against the
/// <c>Grand Total</c>.
/// </summary>
internal static class CardActivityReconciler
{
    private const string OtherCategory = "Other";

    public static IEnumerable<ExtractionFinding> Reconcile(
        IReadOnlyList<ExtractedCardholder> cards,
        IReadOnlyList<CardSectionBuilder> sections,
        IReadOnlyList<ProductSummaryRow> products,
        ProductSummaryRow? grandTotal)
    {
        var findings = new List<ExtractionFinding>();
        for (var i = 0; i < cards.Count; i++)
        {
            findings.AddRange(ReconcileTransactions(cards[i]));
            findings.AddRange(ReconcileCard(cards[i], sections[i].TotalsPage));
        }

        if (cards.Count > 0 && grandTotal is null)
        {
            findings.Add(
                FindingFactory.Note(FindingCodes.GrandTotalMissing,
                "The report prints no Grand Total row to check the card totals against."));
        }
        else if (grandTotal is not null)
        {
            var cardsSum = cards.Sum(c => c.Total ?? c.Transactions.Sum(t => t.Amount));
            if (cardsSum != grandTotal.Net)
            {
                findings.Add(
                    FindingFactory.Mismatch(FindingCodes.GrandTotal, "Cards", "the Grand Total net cost",
                    grandTotal.Net, cardsSum, page: grandTotal.Page, extractedLabel: "the card totals add up to"));
            }
        }

        findings.AddRange(ProductSummaryReconciler.Reconcile(cards, products, grandTotal));
        return findings;
    }

    private static IEnumerable<ExtractionFinding> ReconcileTransactions(ExtractedCardholder card)
    {
        foreach (var transaction in card.Transactions)
        {
            if (transaction.Totals is not { } totals)
            {
                continue;
            }

            var subject = $"Transaction {transaction.Reference} on card ending {card.CardLast4}";
            var figures = new (string Name, decimal Printed, decimal Extracted)[]
            {
                ("gross", totals.Gross, transaction.LineItems.Sum(i => i.Gross)),
                ("discount", totals.Discount, transaction.LineItems.Sum(i => i.Discount)),
                ("net", totals.Net, transaction.LineItems.Sum(i => i.Net)),
            };
            foreach (var (name, printed, extracted) in figures.Where(f => f.Printed != f.Extracted))
            {
                yield return FindingFactory.Mismatch(
                    FindingCodes.LineItemsVsTransactionTotals, subject, $"Transaction Totals {name}", printed,
                        extracted, card.CardLast4, transaction.Reference, transaction.Page);
            }
        }
    }

    private static IEnumerable<ExtractionFinding> ReconcileCard(ExtractedCardholder card, int? page)
    {
        var subject = $"Card ending {card.CardLast4} ({card.Name})";
        var transactionsSum = card.Transactions.Sum(t => t.Amount);
        if (card.Total is not { } total)
        {
            yield return FindingFactory.Note(FindingCodes.CardTotalMissing,
                $"{subject} has no Totals For block to check its transactions against.", card.CardLast4);
            yield break;
        }

        if (transactionsSum != total)
        {
            yield return FindingFactory.Mismatch(FindingCodes.CardTotal, subject, "the card Total", total,
                transactionsSum, card.CardLast4, page: page);
        }

        if (card.CategoryTotals is not { } categories)
        {
            yield break;
        }

        var categoriesSum = categories.Values.Sum();
        if (categoriesSum != total)
        {
            yield return FindingFactory.Mismatch(FindingCodes.CategoryTotalsVsCardTotal, subject, "the card Total",
                total, categoriesSum, card.CardLast4, page: page, extractedLabel: "its category totals add up to");
        }

        // A report that does not print the Merchant Group column cannot be checked by category.
        if (card.Transactions.Count > 0 && card.Transactions.All(t => t.MerchantGroup is null))
        {
            yield break;
        }

        var byCategory = card.Transactions
            .GroupBy(t => CategoryOf(t.MerchantGroup, categories))
            .ToDictionary(g => g.Key, g => g.Sum(t => t.Amount));
        foreach (var (category, printed) in categories)
        {
            var extracted = byCategory.GetValueOrDefault(category);
            if (printed != extracted)
            {
                yield return FindingFactory.Mismatch(FindingCodes.CategoryTotal, $"{subject}, category {category}",
                    "the category total", printed, extracted, card.CardLast4, page: page);
            }
        }

        foreach (var (category, extracted) in byCategory.Where(c => !categories.ContainsKey(c.Key) && c.Value != 0))
        {
            yield return FindingFactory.Mismatch(FindingCodes.CategoryTotal, $"{subject}, category {category}",
                "no category total (0.00)", 0m, extracted, card.CardLast4, page: page);
        }
    }

    /// <summary>Merchant groups are printed in capitals under the category headings (FUEL under Fuel); the rest fall
    /// under Other.</summary>
    private static string CategoryOf(string? merchantGroup, IReadOnlyDictionary<string, decimal> categories) =>
        categories.Keys.FirstOrDefault(c => string.Equals(c, merchantGroup, StringComparison.OrdinalIgnoreCase))
            ?? OtherCategory;
}
