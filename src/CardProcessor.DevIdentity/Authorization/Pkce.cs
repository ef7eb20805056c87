using System.Security.Cryptography;
using System.Text;

namespace CardProcessor.DevIdentity.Authorization;

/// <summary>RFC 7636 with S256: the verifier's SHA-256, base64url without padding, must equal the challenge.</summary>
public static class Pkce
{
    public static bool Verifies(string? verifier, string challenge)
    {
        // RFC 7636 section 4.1: 43 to 128 characters.
        if (verifier is null || verifier.Length is < 43 or > 128)
        {
            return false;
        }

        var computed = Encoding.ASCII.GetBytes(Base64Url.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
        return CryptographicOperations.FixedTimeEquals(computed, Encoding.ASCII.GetBytes(challenge));
    }
}
