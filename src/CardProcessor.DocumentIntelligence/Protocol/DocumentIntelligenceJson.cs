using System.Text.Json;
using System.Text.Json.Serialization;

namespace CardProcessor.DocumentIntelligence.Protocol;

/// <summary>The serializer settings of the service's JSON: camel case, unknown properties ignored.</summary>
public static class DocumentIntelligenceJson
{
    /// <summary>
    /// Absent and null are the same on the wire, so nulls are not written: a result read and written again keeps
    /// the shape the service sent. Dictionary keys (field names such as <c>MerchantName</c>) keep their case.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new UtcDateTimeOffsetConverter() },
    };
}
