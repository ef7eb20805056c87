using System.Text.Json.Nodes;

namespace CardProcessor.Extraction.Tests.Generation.GeneralStatements;

/// <summary>The ground truth of a generated general statement, in the real fixtures' schema.</summary>
internal static class GeneralStatementGroundTruth
{
    public static JsonObject For(GeneralStatementData data, GeneralStatementStyle style)
    {
        var transactions = new JsonArray();
        foreach (var t in data.Transactions)
        {
            transactions.Add(new JsonObject
            {
                ["transaction_date"] = JsonValues.Date(t.TransactionDate),
                ["posting_date"] = style.PostingColumn ? JsonValues.Date(t.PostingDate) : null,
                ["reference"] = null,
                ["merchant"] = t.Description,
                ["city"] = null,
                ["state"] = null,
                ["mcc"] = null,
                ["amount"] = JsonValues.Amount(t.Amount),
                ["foreign"] = t.Foreign is { } f
                    ? new JsonObject
                    {
                        ["currency"] = f.Currency,
                        ["original_amount"] = JsonValues.Amount(f.OriginalAmount, f.OriginalPlaces),
                        ["rate"] = JsonValues.Amount(f.Rate, f.RatePlaces),
                    }
                    : null,
            });
        }

        return new JsonObject
        {
            ["kind"] = "statement",
            ["layout"] = null,
            ["company"] = null,
            ["period_start"] = JsonValues.Date(data.PeriodStart),
            ["period_end"] = JsonValues.Date(data.PeriodEnd),
            ["previous_balance"] = JsonValues.Amount(data.PreviousBalance),
            ["new_balance"] = JsonValues.Amount(data.NewBalance),
            ["printed_totals"] = PrintedTotals(data, style),
            ["grand_total"] = null,
            ["cardholders"] = new JsonArray(new JsonObject
            {
                ["name"] = null,
                ["card_last4"] = null,
                ["employee_id"] = null,
                ["total"] = null,
                ["transactions"] = transactions,
            }),
        };
    }

    private static JsonObject? PrintedTotals(GeneralStatementData data, GeneralStatementStyle style)
    {
        var totals = new JsonObject();
        if (style.SidePanel)
        {
            totals["payments_credits"] = JsonValues.Amount(data.Credits);
            totals["purchases"] = JsonValues.Amount(data.Purchases);
        }

        if (style.Sections && data.Transactions.Any(t => t.Amount < 0))
        {
            totals["total_payments_and_credits"] = JsonValues.Amount(data.Credits);
        }

        if (style.Sections && data.Transactions.Any(t => t.Amount > 0))
        {
            totals["total_purchases"] = JsonValues.Amount(data.Purchases);
        }

        return totals.Count == 0 ? null : totals;
    }
}
