using System.Globalization;
using System.Text.Json.Nodes;

namespace CardProcessor.Extraction.Tests.Generation;

/// <summary>Ground-truth value styles: amounts and dates as strings.</summary>
internal static class JsonValues
{
    public static JsonNode Amount(decimal value, int places = 2) =>
        JsonValue.Create(
            value.ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));

    public static JsonNode Date(DateOnly value) =>
        JsonValue.Create(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static JsonNode? Text(string? value) => value is null ? null : JsonValue.Create(value);
}
