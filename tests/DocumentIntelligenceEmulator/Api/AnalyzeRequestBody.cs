using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace DocumentIntelligenceEmulator.Api;

/// <summary>
/// Reads the document of an analyze request, in either of the service's two forms: the raw bytes with their
/// media type, or JSON <c>{"base64Source": …}</c> (<c>urlSource</c> would need the emulator to fetch URLs).
/// </summary>
internal static class AnalyzeRequestBody
{
    private static readonly HashSet<string> _rawMediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/octet-stream", "application/pdf", "image/jpeg", "image/png", "image/tiff", "image/bmp",
            "image/heif", "text/html",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    };

    /// <summary>The document's bytes, or the error response for a request the service would refuse.</summary>
    public static async Task<(byte[]? Document, IResult? Error)> ReadAsync(HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || contentType.MediaType.Value is not { } mediaType)
        {
            return (null, ServiceErrors.UnsupportedMediaType(request.ContentType));
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase))
        {
            return FromJson(buffer.ToArray());
        }

        if (!_rawMediaTypes.Contains(mediaType))
        {
            return (null, ServiceErrors.UnsupportedMediaType(request.ContentType));
        }

        return buffer.Length == 0 ? (null, ServiceErrors.InvalidContent()) : (buffer.ToArray(), null);
    }

    private static (byte[]? Document, IResult? Error) FromJson(byte[] json)
    {
        try
        {
            using var body = JsonDocument.Parse(json);
            var root = body.RootElement;
            var base64 = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("base64Source", out var b) ? b
                : default;
            var url = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("urlSource", out var u) ? u
                : default;
            return (base64.ValueKind, url.ValueKind) switch
            {
                (JsonValueKind.String, JsonValueKind.Undefined) => base64.TryGetBytesFromBase64(out var bytes)
                    && bytes.Length > 0
                    ? (bytes, null)
                    : (null, ServiceErrors.InvalidContent()),
                (JsonValueKind.Undefined, JsonValueKind.String) =>
                    (null,
                    ServiceErrors.InvalidRequest(
                    "The emulator does not fetch urlSource; send base64Source or the document's bytes.")),
                _ => (null, ServiceErrors.InvalidRequest("Exactly one of urlSource or base64Source is required.")),
            };
        }
        catch (JsonException)
        {
            return (null, ServiceErrors.InvalidRequest("The request body is not valid JSON."));
        }
    }
}
