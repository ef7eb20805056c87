namespace CardProcessor.DocumentIntelligence.Protocol;

/// <summary>Where an accepted analysis can be polled, from the 202's <c>Operation-Location</c> header.</summary>
/// <param name="Uri">The absolute URL to <c>GET</c>, with <c>api-version</c>.</param>
/// <param name="ResultId">The operation's id, its last path segment.</param>
internal sealed record OperationLocation(Uri Uri, string ResultId)
{
    public const string HeaderName = "Operation-Location";

    /// <summary>
    /// Accepts only a URL on the endpoint's own scheme, host and port: every poll carries the key or token, and
    /// a header pointing elsewhere must not make the client hand them to another host.
    /// </summary>
    public static OperationLocation Parse(string? header, Uri endpoint)
    {
        if (!Uri.TryCreate(header, UriKind.Absolute, out var uri))
        {
            throw new InvalidOperationException(
                $"The service accepted the document but sent no usable {HeaderName} header ('{header}').");
        }

        if (!string.Equals(uri.GetLeftPart(UriPartial.Authority), endpoint.GetLeftPart(UriPartial.Authority),
            StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"The service's {HeaderName} points to {uri.GetLeftPart(UriPartial.Authority)}, not to the endpoint "
                    + $"{endpoint.GetLeftPart(UriPartial.Authority)}; refusing to send credentials there.");
        }

        if (!uri.Query.Contains("api-version=", StringComparison.Ordinal))
        {
            // Azure.Core's long-running-operation helper re-appends the version the same way.
            var separator = uri.Query.Length == 0 ? "?" : "&";
            uri = new Uri(uri.AbsoluteUri + separator + "api-version=" + DocumentIntelligenceClientOptions.ApiVersion);
        }

        return new OperationLocation(uri, uri.Segments[^1].TrimEnd('/'));
    }
}
