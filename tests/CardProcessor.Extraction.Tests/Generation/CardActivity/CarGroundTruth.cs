using System.Globalization;
using System.Text.Json.Nodes;

namespace CardProcessor.Extraction.Tests.Generation.CardActivity;

/// <summary>A generated card activity report's content in the fixtures' ground-truth schema.</summary>
internal static class CarGroundTruth
{
    public static JsonObject For(CarData data, CarStyle style) => new()
    {
        ["kind"] = "statement",
        ["layout"] = "cardholder-activity-report",
        ["company"] = data.Company,
        ["account_code"] = data.AccountCode,
        ["customer_id"] = data.CustomerId,
        ["produced_on"] = data.ProducedOn.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        ["period_start"] = JsonValues.Date(data.PeriodStart),
        ["period_end"] = JsonValues.Date(data.PeriodEnd),
        ["grand_total"] = JsonValues.Amount(data.GrandTotal),
        ["cardholders"] = new JsonArray(data.Cards.Select(c => Card(c, data.CustomerId)).ToArray()),
        ["style"] = new JsonObject
        {
            ["cols"] = new JsonArray(style.PrintedColumns.Select(c => (JsonNode)JsonValue.Create(c)).ToArray()),
            ["family"] = "cardholder-activity-report",
            ["generated"] = true,
        },
    };

    private static JsonObject Card(CarCard card, string reportCustomerId)
    {
        var categories = new JsonObject();
        foreach (var (category, amount) in card.CategoryTotals)
        {
            categories[category] = JsonValues.Amount(amount);
        }

        return new JsonObject
        {
            ["name"] = card.Name,
            ["display_name"] = null,
            ["is_vehicle"] = card.IsVehicle,
            ["employee_id"] = card.EmployeeId,
            ["customer_id"] = card.CustomerId ?? reportCustomerId,
            ["card_number"] = card.CardNumber,
            ["card_last4"] = card.CardNumber[^4..],
            ["category_totals"] = categories,
            ["total"] = JsonValues.Amount(card.Total),
            ["transactions"] = new JsonArray(card.Transactions.Select(Transaction).ToArray()),
        };
    }

    private static JsonObject Transaction(CarTransaction transaction) => new()
    {
        ["transaction_date"] = JsonValues.Date(transaction.TransactionDate),
        ["posting_date"] = JsonValues.Date(transaction.PostingDate),
        ["level"] = transaction.Level,
        ["reference"] = transaction.Reference,
        ["merchant"] = transaction.Merchant,
        ["city"] = transaction.City,
        ["state"] = transaction.State,
        ["merchant_group"] = transaction.Group,
        ["line_items"] = new JsonArray(transaction.Items.Select(i => (JsonNode)new JsonObject
        {
            ["description"] = i.Description,
            ["unit_price"] = JsonValues.Amount(i.UnitPrice, 5),
            ["quantity"] = JsonValues.Amount(i.Quantity),
            ["gross"] = JsonValues.Amount(i.Gross),
            ["discount"] = JsonValues.Amount(i.Discount),
            ["net"] = JsonValues.Amount(i.Net),
        }).ToArray()),
        ["totals"] = new JsonObject
        {
            ["gross"] = JsonValues.Amount(transaction.Gross),
            ["discount"] = JsonValues.Amount(transaction.Discount),
            ["net"] = JsonValues.Amount(transaction.Net),
        },
        ["amount"] = JsonValues.Amount(transaction.Net),
    };
}
