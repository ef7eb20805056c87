using System.Buffers.Text;
using System.Text.Json;

namespace KeyVaultEmulator.Auth;

/// <summary>
/// The claims of a bearer token that the emulator looks at: <c>aud</c> and <c>exp</c>. The signature is not
/// checked: the emulator has no issuer keys, and what it must catch is a client that sends no token or one asked
/// for the wrong scope, not a forger.
/// </summary>
internal sealed record BearerToken(IReadOnlyList<string> Audiences, DateTimeOffset? ExpiresOn)
{
    private const string Scheme = "Bearer ";

    /// <summary>The token of an <c>Authorization: Bearer …</c> header; null when there is none or it is not a
    /// JWT.</summary>
    public static BearerToken? FromHeader(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var parts = authorization[Scheme.Length..].Trim().Split('.');
        if (parts.Length != 3 || !Base64Url.IsValid(parts[1]))
        {
            return null;
        }

        try
        {
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            var root = payload.RootElement;
            var audiences = root.TryGetProperty("aud", out var audience)
                ? audience.ValueKind switch
                {
                    JsonValueKind.String => [audience.GetString()!],
                    JsonValueKind.Array => audience.EnumerateArray().Select(a => a.GetString() ?? "").ToList(),
                    _ => [],
                }
                : new List<string>();
            DateTimeOffset? expires = root.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var seconds)
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : null;
            return new BearerToken(audiences, expires);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public bool IsFor(string audience) =>
        Audiences.Any(a => string.Equals(a.TrimEnd('/'), audience, StringComparison.OrdinalIgnoreCase));
}
