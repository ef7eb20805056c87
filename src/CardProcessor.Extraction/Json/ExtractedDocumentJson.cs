using System.Text;
using System.Text.Json;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.Json;

/// <summary>
/// Writes an <see cref="ExtractedDocument"/> in the schema of the fixtures' ground-truth files
/// (snake_case keys in their order, amounts as decimal strings exactly as printed, ISO dates,
/// fields the document does not show as null) plus a <c>findings</c> array. Only the two primary
/// formats carry a <c>layout</c> key, as in the ground truth; a statement read by the general reader
/// has <c>layout</c> null (no family describes it) and its balances and printed totals.
/// </summary>
public static class ExtractedDocumentJson
{
    private static readonly JsonWriterOptions _options = new()
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(ExtractedDocument document)
    {
        using var stream = new MemoryStream();
        Write(stream, document);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Stream output, ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(document);
        using var writer = new Utf8JsonWriter(output, _options);
        Write(writer, document);
    }

    public static void Write(Utf8JsonWriter writer, ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartObject();
        writer.WriteString("kind", document.Kind == DocumentKind.Statement ? "statement" : "receipts");
        if (document.Layout is DocumentLayouts.CardholderActivityReport or DocumentLayouts.ReceiptImagesReport)
        {
            writer.WriteString("layout", document.Layout);
        }
        else if (document.Layout == DocumentLayouts.GeneralStatement)
        {
            writer.WriteNull("layout");
        }

        writer.WriteNullableString("company", document.Company);
        if (document.Layout == DocumentLayouts.CardholderActivityReport)
        {
            writer.WriteNullableString("account_code", document.AccountCode);
            writer.WriteNullableString("customer_id", document.CustomerId);
            writer.WriteNullableString("produced_on",
                document.ProducedOn?.ToString("yyyy-MM-dd'T'HH:mm:ss",
                System.Globalization.CultureInfo.InvariantCulture));
        }

        writer.WriteNullableDate("period_start", document.PeriodStart);
        writer.WriteNullableDate("period_end", document.PeriodEnd);
        if (document.Layout == DocumentLayouts.GeneralStatement)
        {
            writer.WriteNullableAmount("previous_balance", document.PreviousBalance);
            writer.WriteNullableAmount("new_balance", document.NewBalance);
            WritePrintedTotals(writer, document.PrintedTotals);
        }

        if (document.Kind == DocumentKind.Statement)
        {
            writer.WriteNullableAmount("grand_total", document.GrandTotal);
            StatementJson.WriteCardholders(writer, document);
        }
        else
        {
            ReceiptsJson.WriteReceipts(writer, document);
        }

        FindingsJson.Write(writer, document.Findings);
        writer.WriteEndObject();
    }

    private static void WritePrintedTotals(Utf8JsonWriter writer, IReadOnlyDictionary<string, decimal>? totals)
    {
        if (totals is null)
        {
            writer.WriteNull("printed_totals");
            return;
        }

        writer.WriteStartObject("printed_totals");
        foreach (var (label, amount) in totals)
        {
            writer.WriteNullableAmount(label, amount);
        }

        writer.WriteEndObject();
    }
}
