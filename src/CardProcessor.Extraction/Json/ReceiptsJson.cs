using System.Text.Json;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.Json;

/// <summary>Writes a receipt report's receipts: every field of a receipt images page, or the simple report's
/// five.</summary>
internal static class ReceiptsJson
{
    public static void WriteReceipts(Utf8JsonWriter writer, ExtractedDocument document)
    {
        var images = document.Layout == DocumentLayouts.ReceiptImagesReport;
        writer.WriteStartArray("receipts");
        foreach (var receipt in document.Receipts)
        {
            writer.WriteStartObject();
            writer.WriteString("employee", receipt.Employee);
            if (images)
            {
                WriteImagesReceipt(writer, receipt);
            }
            else
            {
                writer.WriteNullableDate("date", receipt.Date);
                writer.WriteNullableString("vendor", receipt.Merchant);
                writer.WriteNullableAmount("amount", receipt.Amount);
                writer.WriteNullableString("reference", receipt.Reference);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteImagesReceipt(Utf8JsonWriter writer, ExtractedReceipt receipt)
    {
        writer.WriteNullableString("cardholder", receipt.Cardholder);
        writer.WriteNullableString("report_number", receipt.ReportNumber);
        writer.WriteNullableString("expense_type", receipt.ExpenseType);
        writer.WriteNullableDate("date", receipt.Date);
        writer.WriteNullableString("transaction_id", receipt.TransactionId);
        writer.WriteNullableString("title", receipt.Title);
        writer.WriteNullableAmount("amount", receipt.Amount);
        writer.WriteNullableString("purpose", receipt.Purpose);
        writer.WriteNullableString("merchant", receipt.Merchant);
        writer.WriteNullableString("merchant_address", receipt.MerchantAddress);
        WriteCoding(writer, receipt.Coding);
        writer.WriteNullableBoolean("has_attachment", receipt.HasAttachment);

        // The Transaction # a receipt pays is found by matching, not printed on the page.
        writer.WriteNull("matches_reference");
    }

    private static void WriteCoding(Utf8JsonWriter writer, ReceiptCoding? coding)
    {
        if (coding is null)
        {
            writer.WriteNull("coding");
            return;
        }

        writer.WriteStartObject("coding");
        if (coding.Type == CodingType.Job)
        {
            writer.WriteString("type", "Job");
            writer.WriteNullableString("job", coding.Job);
            writer.WriteNullableString("job_name", coding.JobName);
            writer.WriteNullableString("phase", coding.Phase);
            writer.WriteNullableString("phase_name", coding.PhaseName);
            writer.WriteNullableString("cost_type", coding.CostType);
        }
        else
        {
            writer.WriteString("type", "GL");
            writer.WriteNullableString("gl_account", coding.GlAccount);
            writer.WriteNullableString("gl_description", coding.GlDescription);
        }

        writer.WriteEndObject();
    }
}
