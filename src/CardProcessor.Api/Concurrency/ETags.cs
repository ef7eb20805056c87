using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace CardProcessor.Api.Concurrency;

/// <summary>
/// Strong ETags from PostgreSQL's xmin: every change of the row moves it, and the representation is
/// a function of the row, so the tag is strong and If-Match's strong comparison (RFC 9110 13.1.1)
/// can match it. A weak tag (<c>W/"..."</c>) in If-Match never matches.
/// </summary>
internal static class ETags
{
    public static string From(uint version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>Whether an If-Match header names <paramref name="version"/> (or is <c>*</c>); null without
    /// one.</summary>
    public static bool? IfMatchAccepts(HttpRequest request, uint version)
    {
        if (!request.Headers.ContainsKey(HeaderNames.IfMatch))
        {
            return null;
        }

        // An If-Match that does not parse names no current representation: it fails (412), it is not missing.
        var current = new EntityTagHeaderValue(From(version));
        return request.GetTypedHeaders().IfMatch
            .Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: true));
    }

    public static void Set(HttpResponse response, uint version) => response.Headers.ETag = From(version);
}
