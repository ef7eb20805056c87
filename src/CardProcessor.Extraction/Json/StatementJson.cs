using System.Text.Json;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.Json;

/// <summary>Writes a statement's cardholders: the card activity report's fields or the issuer statement's.</summary>
internal static class StatementJson
{
    public static void WriteCardholders(Utf8JsonWriter writer, ExtractedDocument document)
    {
        var activityReport = document.Layout == DocumentLayouts.CardholderActivityReport;
        writer.WriteStartArray("cardholders");
        foreach (var cardholder in document.Cardholders)
        {
            writer.WriteStartObject();

            // The general reader's statements print no cardholder section: name and card are unknown.
            var general = document.Layout == DocumentLayouts.GeneralStatement;
            writer.WriteNullableString("name", general && cardholder.Name.Length == 0 ? null : cardholder.Name);
            if (activityReport)
            {
                writer.WriteNullableString("display_name", cardholder.DisplayName);
                writer.WriteNullableBoolean("is_vehicle", cardholder.IsVehicle);
                writer.WriteNullableString("employee_id", cardholder.EmployeeId);
                writer.WriteNullableString("customer_id", cardholder.CustomerId);
                writer.WriteNullableString("card_number", cardholder.CardNumber);
                writer.WriteString("card_last4", cardholder.CardLast4);
                WriteCategoryTotals(writer, cardholder.CategoryTotals);
            }
            else
            {
                var last4 = general && cardholder.CardLast4.Length == 0 ? null : cardholder.CardLast4;
                writer.WriteNullableString("card_last4", last4);
                writer.WriteNullableString("employee_id", cardholder.EmployeeId);
            }

            writer.WriteNullableAmount("total", cardholder.Total);
            writer.WriteStartArray("transactions");
            foreach (var transaction in cardholder.Transactions)
            {
                if (activityReport)
                {
                    WriteActivityTransaction(writer, transaction);
                }
                else
                {
                    WriteStatementTransaction(writer, transaction);
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteCategoryTotals(Utf8JsonWriter writer, IReadOnlyDictionary<string, decimal>? totals)
    {
        if (totals is null)
        {
            writer.WriteNull("category_totals");
            return;
        }

        writer.WriteStartObject("category_totals");
        foreach (var (category, amount) in totals)
        {
            writer.WriteNullableAmount(category, amount);
        }

        writer.WriteEndObject();
    }

    private static void WriteActivityTransaction(Utf8JsonWriter writer, ExtractedTransaction transaction)
    {
        writer.WriteStartObject();
        writer.WriteNullableDate("transaction_date", transaction.TransactionDate);
        writer.WriteNullableDate("posting_date", transaction.PostingDate);
        writer.WriteNullableString("level", transaction.Level);
        writer.WriteNullableString("reference", transaction.Reference);
        writer.WriteString("merchant", transaction.Merchant);
        writer.WriteNullableString("city", transaction.City);
        writer.WriteNullableString("state", transaction.State);
        writer.WriteNullableString("merchant_group", transaction.MerchantGroup);
        writer.WriteStartArray("line_items");
        foreach (var item in transaction.LineItems)
        {
            writer.WriteStartObject();
            writer.WriteString("description", item.Description);
            writer.WriteNullableAmount("unit_price", item.UnitPrice);
            writer.WriteNullableAmount("quantity", item.Quantity);
            writer.WriteNullableAmount("gross", item.Gross);
            writer.WriteNullableAmount("discount", item.Discount);
            writer.WriteNullableAmount("net", item.Net);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (transaction.Totals is { } totals)
        {
            writer.WriteStartObject("totals");
            writer.WriteNullableAmount("gross", totals.Gross);
            writer.WriteNullableAmount("discount", totals.Discount);
            writer.WriteNullableAmount("net", totals.Net);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("totals");
        }

        writer.WriteNullableAmount("amount", transaction.Amount);
        writer.WriteEndObject();
    }

    private static void WriteStatementTransaction(Utf8JsonWriter writer, ExtractedTransaction transaction)
    {
        writer.WriteStartObject();
        writer.WriteNullableDate("transaction_date", transaction.TransactionDate);
        writer.WriteNullableDate("posting_date", transaction.PostingDate);
        writer.WriteNullableString("reference", transaction.Reference);
        writer.WriteString("merchant", transaction.Merchant);
        writer.WriteNullableString("city", transaction.City);
        writer.WriteNullableString("state", transaction.State);
        writer.WriteNullableNumber("mcc", transaction.Mcc);
        writer.WriteNullableAmount("amount", transaction.Amount);
        if (transaction.Foreign is { } foreign)
        {
            writer.WriteStartObject("foreign");
            writer.WriteString("currency", foreign.Currency);
            writer.WriteNullableAmount("original_amount", foreign.OriginalAmount);
            writer.WriteNullableAmount("rate", foreign.Rate);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("foreign");
        }

        writer.WriteEndObject();
    }
}
