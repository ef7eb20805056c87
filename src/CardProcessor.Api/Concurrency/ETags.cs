using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace CardProcessor.Api.Concurrency;

/// <summary>Weak ETags from PostgreSQL's xmin: a representation's version for If-Match.</summary>
internal static class ETags
{
    public static string From(uint version) => $"W/\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>The version an If-Match header names, or null when the header is missing or unreadable.</summary>
    public static uint? FromIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header)
            || !EntityTagHeaderValue.TryParse(header.Split(',')[0].Trim(), out var tag))
        {
            return null;
        }

        return uint.TryParse(
            tag.Tag.ToString().Trim('"'),
            NumberStyles.None,
            CultureInfo.InvariantCulture,
            out var version) ? version : null;
    }

    public static void Set(HttpResponse response, uint version) => response.Headers.ETag = From(version);
}
