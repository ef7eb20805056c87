using System.Globalization;
using System.Text.Json;

namespace CardProcessor.Extraction.Json;

/// <summary>The value styles of the ground-truth schema: null where absent, amounts as exact decimal strings.</summary>
internal static class JsonWriterExtensions
{
    public static void WriteNullableString(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>An amount as a string with its printed scale ("28.16", "219.32000"), never a float.</summary>
    public static void WriteNullableAmount(this Utf8JsonWriter writer, string name, decimal? value) =>
        writer.WriteNullableString(name, value?.ToString(CultureInfo.InvariantCulture));

    public static void WriteNullableDate(this Utf8JsonWriter writer, string name, DateOnly? value) =>
        writer.WriteNullableString(name, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static void WriteNullableBoolean(this Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteBoolean(name, value.Value);
        }
    }

    public static void WriteNullableNumber(this Utf8JsonWriter writer, string name, int? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteNumber(name, value.Value);
        }
    }
}
