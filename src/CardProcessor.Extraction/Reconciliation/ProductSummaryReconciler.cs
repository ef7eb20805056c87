using CardProcessor.Extraction.CardActivityReport;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.Reconciliation;

/// <summary>Checks the card activity report's product summary against the line items and its own Grand Total
/// row.</summary>
internal static class ProductSummaryReconciler
{
    public static IEnumerable<ExtractionFinding> Reconcile(
        IReadOnlyList<ExtractedCardholder> cards,
        IReadOnlyList<ProductSummaryRow> products,
        ProductSummaryRow? grandTotal)
    {
        if (products.Count == 0)
        {
            yield break;
        }

        var items = cards.SelectMany(c => c.Transactions).SelectMany(t => t.LineItems)
            .GroupBy(i => i.Description, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var product in products)
        {
            var lineItems = items.GetValueOrDefault(product.Description) ?? [];
            var extracted = new ProductSummaryRow(
                product.Description,
                lineItems.Count,
                lineItems.Sum(i => i.Quantity ?? 0m),
                lineItems.Sum(i => i.Gross),
                lineItems.Sum(i => i.Discount),
                lineItems.Sum(i => i.Net),
                product.Page);
            foreach (var finding in Compare(FindingCodes.ProductSummary, $"Product {product.Description}",
                "the product summary", product, extracted))
            {
                yield return finding;
            }
        }

        foreach (var (description, lineItems) in items.Where(i => products.All(p => p.Description != i.Key)))
        {
            yield return FindingFactory.Mismatch(
                FindingCodes.ProductSummary, $"Product {description}", "no product summary row (0.00)", 0m,
                    lineItems.Sum(i => i.Net));
        }

        if (grandTotal is not null)
        {
            var sum = new ProductSummaryRow(
                "Grand Total",
                products.Sum(p => p.Count ?? 0),
                products.Sum(p => p.Units ?? 0m),
                products.Sum(p => p.Gross ?? 0m),
                products.Sum(p => p.Discount ?? 0m),
                products.Sum(p => p.Net),
                grandTotal.Page);
            foreach (var finding in Compare(FindingCodes.ProductSummaryVsGrandTotal, "Product summary",
                "the Grand Total row", grandTotal, sum, "the product rows add up to"))
            {
                yield return finding;
            }
        }
    }

    private static IEnumerable<ExtractionFinding> Compare(
        string code, string subject, string where, ProductSummaryRow printed, ProductSummaryRow extracted,
            string extractedLabel = "the line items add up to")
    {
        var figures = new (string Name, decimal? Printed, decimal? Extracted)[]
        {
            ("count", printed.Count, extracted.Count),
            ("units", printed.Units, extracted.Units),
            ("gross", printed.Gross, extracted.Gross),
            ("discount", printed.Discount, extracted.Discount),
            ("net", printed.Net, extracted.Net),
        };
        foreach (var (name, printedValue, extractedValue) in figures)
        {
            if (printedValue is { } p && extractedValue is { } e && p != e)
            {
                yield return FindingFactory.Mismatch(code, subject, $"{where} {name}", p, e, page: printed.Page,
                    extractedLabel: extractedLabel);
            }
        }
    }
}
