using System.ComponentModel.DataAnnotations;

namespace CardProcessor.DevIdentity;

public sealed class DevIdentityOptions
{
    public const string SectionName = "DevIdentity";

    /// <summary>The tenant in the issuer URL, as Entra ID puts it (<c>{instance}/{tenant}/v2.0</c>).</summary>
    [Required]
    public string TenantId { get; set; } = "11111111-1111-1111-1111-111111111111";

    /// <summary>The audience tokens are issued for: the API's application id URI.</summary>
    [Required]
    public string Audience { get; set; } = "api://cardprocessor";

    /// <summary>
    /// Where the signing key is kept between runs, readable by its owner only (mode 0600), so that tokens
    /// survive a restart; in memory when empty. The scripts use <c>.local/dev-identity/key.json</c>.
    /// </summary>
    public string? KeyFile { get; set; }

    /// <summary>
    /// Where the issuer writes its address once it listens, and removes it when it stops, so that
    /// <c>cardprocessor token</c> finds it without <c>--issuer</c>. The scripts use
    /// <c>.local/dev-identity/address</c>.
    /// </summary>
    public string? AddressFile { get; set; }

    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
