using System.Globalization;
using Azure;

namespace CardProcessor.DocumentIntelligence.Protocol;

/// <summary>Reads how long the service asked the client to wait before the next request.</summary>
internal static class ServerDelay
{
    /// <summary>
    /// <c>retry-after-ms</c> and <c>x-ms-retry-after-ms</c> (milliseconds) win over <c>Retry-After</c> (seconds or an
    /// HTTP date), the order Azure.Core's retry policy uses.
    /// </summary>
    public static TimeSpan? Read(Response response, DateTimeOffset now)
    {
        foreach (var name in (ReadOnlySpan<string>)["retry-after-ms", "x-ms-retry-after-ms"])
        {
            if (response.Headers.TryGetValue(name, out var ms)
                && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds)
                && milliseconds >= 0)
            {
                return TimeSpan.FromMilliseconds(milliseconds);
            }
        }

        if (!response.Headers.TryGetValue("Retry-After", out var retryAfter))
        {
            return null;
        }

        if (int.TryParse(retryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(retryAfter, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal,
            out var date)
            ? (date > now ? date - now : TimeSpan.Zero)
            : null;
    }
}
