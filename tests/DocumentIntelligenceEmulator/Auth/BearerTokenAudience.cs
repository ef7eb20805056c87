using System.Buffers.Text;
using System.Text.Json;

namespace DocumentIntelligenceEmulator.Auth;

/// <summary>
/// Decides whether a bearer token was issued for Cognitive Services: a JWT whose <c>aud</c> is
/// <c>https://cognitiveservices.azure.com</c> and whose <c>exp</c>, if any, lies ahead. The signature is not
/// checked: the emulator has no issuer keys, and what it must catch is a client asking for the wrong scope or
/// sending no token, not a forger.
/// </summary>
internal static class BearerTokenAudience
{
    public const string CognitiveServices = "https://cognitiveservices.azure.com";

    public static bool IsValid(string token, DateTimeOffset now)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return false;
        }

        try
        {
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            var root = payload.RootElement;
            if (root.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var expires)
                && DateTimeOffset.FromUnixTimeSeconds(expires) <= now)
            {
                return false;
            }

            return root.TryGetProperty("aud", out var audience) && audience.ValueKind switch
            {
                JsonValueKind.String => IsCognitiveServices(audience.GetString()),
                JsonValueKind.Array => audience.EnumerateArray().Any(a => IsCognitiveServices(a.GetString())),
                _ => false,
            };
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return false;
        }
    }

    private static bool IsCognitiveServices(string? audience) =>
        string.Equals(audience?.TrimEnd('/'), CognitiveServices, StringComparison.OrdinalIgnoreCase);
}
