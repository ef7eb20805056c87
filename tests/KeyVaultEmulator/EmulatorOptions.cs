using System.ComponentModel.DataAnnotations;
using KeyVaultEmulator.Api;

namespace KeyVaultEmulator;

/// <summary>How the emulator behaves; every value can be given on the command line (see <see
/// cref="EmulatorApp"/>).</summary>
public sealed class EmulatorOptions
{
    public const string SectionName = "Emulator";

    /// <summary>The tenant named in the <c>WWW-Authenticate</c> challenge; the client asks its credential for a token
    /// from it.</summary>
    [Required]
    public string TenantId { get; set; } = "11111111-1111-1111-1111-111111111111";

    /// <summary>
    /// How many secrets a page of <c>GET /secrets</c> holds when the client sends no <c>maxresults</c>. The service
    /// uses 25; a test lowers it to see <c>nextLink</c> followed without creating dozens of secrets.
    /// </summary>
    [Range(1, SecretPaging.MaxResults)]
    public int PageSize { get; set; } = SecretPaging.MaxResults;

    /// <summary>Secrets the vault holds at start, by name (<c>--secret Name=Value</c>, repeatable).</summary>
    public Dictionary<string, string> Secrets { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
