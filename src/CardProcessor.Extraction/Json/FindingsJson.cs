using System.Text.Json;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.Json;

/// <summary>Writes the reconciliation findings.</summary>
internal static class FindingsJson
{
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<ExtractionFinding> findings)
    {
        writer.WriteStartArray("findings");
        foreach (var finding in findings)
        {
            writer.WriteStartObject();
            writer.WriteString("code", finding.Code);
            writer.WriteString("message", finding.Message);
            writer.WriteNullableString("card_last4", finding.CardLast4);
            writer.WriteNullableString("reference", finding.Reference);
            writer.WriteNullableAmount("printed", finding.Printed);
            writer.WriteNullableAmount("extracted", finding.Extracted);
            writer.WriteNullableNumber("page", finding.Page);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
