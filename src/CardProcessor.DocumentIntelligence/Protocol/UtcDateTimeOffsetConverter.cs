using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CardProcessor.DocumentIntelligence.Protocol;

/// <summary>
/// Writes UTC times with a <c>Z</c> suffix the way the service does (<c>2021-09-24T13:00:46Z</c>), where the
/// built-in converter would write <c>+00:00</c>; reading accepts any ISO 8601 form.
/// </summary>
internal sealed class UtcDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        var text = value.Offset == TimeSpan.Zero
            ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
        writer.WriteStringValue(text);
    }
}
