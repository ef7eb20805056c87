using Microsoft.Extensions.Options;

namespace KeyVaultEmulator.Auth;

/// <summary>
/// Key Vault's challenge: every 401 carries <c>WWW-Authenticate: Bearer authorization="…/{tenant}",
/// resource="https://vault.azure.net"</c>, from which the client learns the tenant and asks for
/// <c>https://vault.azure.net/.default</c>.
/// </summary>
internal sealed class VaultChallenge(IOptions<EmulatorOptions> options)
{
    /// <summary>The audience of Key Vault's data plane, and the resource of the challenge.</summary>
    public const string Resource = "https://vault.azure.net";

    public string HeaderValue =>
        $"Bearer authorization=\"https://login.microsoftonline.com/{options.Value.TenantId}\", resource=\"{Resource}\"";
}
