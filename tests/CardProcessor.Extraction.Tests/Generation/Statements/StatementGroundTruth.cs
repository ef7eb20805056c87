using System.Globalization;
using System.Text.Json.Nodes;

namespace CardProcessor.Extraction.Tests.Generation.Statements;

/// <summary>A generated statement's content in the fixtures' ground-truth schema; <c>style.cols</c> says which columns
/// it prints.</summary>
internal static class StatementGroundTruth
{
    public static JsonObject For(StatementData data, StatementStyle style) => new()
    {
        ["kind"] = "statement",
        ["company"] = data.Company,
        ["period_start"] = JsonValues.Date(data.PeriodStart),
        ["period_end"] = JsonValues.Date(data.PeriodEnd),
        ["grand_total"] = JsonValues.Amount(data.Total),
        ["cardholders"] = new JsonArray(data.Cardholders.Select(c => (JsonNode)new JsonObject
        {
            ["name"] = c.Name,
            ["card_last4"] = c.CardLast4,
            ["employee_id"] = c.EmployeeId,
            ["total"] = JsonValues.Amount(c.Total),
            ["transactions"] = new JsonArray(c.Transactions.Select(Transaction).ToArray()),
        }).ToArray()),
        ["style"] = new JsonObject
        {
            ["cols"] = new JsonArray(style.ColumnKinds.Select(k => (JsonNode)JsonValue.Create(k)).ToArray()),
            ["header"] = style.Header.ToString(),
            ["total_style"] = style.Total.ToString(),
            ["generated"] = true,
        },
    };

    private static JsonNode Transaction(StatementTransaction t) => new JsonObject
    {
        ["transaction_date"] = JsonValues.Date(t.TransactionDate),
        ["posting_date"] = JsonValues.Date(t.PostingDate),
        ["reference"] = t.Reference,
        ["merchant"] = t.Merchant,
        ["city"] = t.City,
        ["state"] = t.State,
        ["mcc"] = t.Mcc,
        ["amount"] = JsonValues.Amount(t.Amount),
        ["foreign"] = t.Foreign is not { } f ? null : new JsonObject
        {
            ["currency"] = f.Currency,
            ["original_amount"] = f.OriginalAmount.ToString("F"
                + f.OriginalPlaces.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            ["rate"] = f.Rate.ToString("F" + f.RatePlaces.ToString(CultureInfo.InvariantCulture),
                CultureInfo.InvariantCulture),
        },
    };
}
