using System.Buffers.Text;
using System.Text;

namespace KeyVaultEmulator.Api;

/// <summary>
/// Pages of <c>GET /secrets</c>: at most <c>maxresults</c> (1 to 25) secrets in name order, and a <c>nextLink</c>
/// carrying an opaque <c>$skiptoken</c> (here the last name returned) while more remain.
/// </summary>
internal static class SecretPaging
{
    public const int MaxResults = 25;

    public static string SkipTokenAfter(string name) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(name));

    /// <summary>The name the page starts after, or null for the first page; false when the token is not one of
    /// ours.</summary>
    public static bool TryReadSkipToken(string? token, out string? after)
    {
        after = null;
        if (string.IsNullOrEmpty(token))
        {
            return true;
        }

        if (!Base64Url.IsValid(token))
        {
            return false;
        }

        after = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        return true;
    }
}
