using KeyVaultEmulator.Vault;

namespace KeyVaultEmulator.Api;

/// <summary>
/// The vault's base URL as the client addressed it (scheme, host and port), from which ids are built: the client
/// takes a secret's name, version and vault back out of its <c>id</c>.
/// </summary>
internal sealed record VaultAddress(string BaseUrl)
{
    public static VaultAddress Of(HttpRequest request) => new($"{request.Scheme}://{request.Host}");

    public string SecretId(string name) => $"{BaseUrl}/secrets/{name}";

    public string SecretId(SecretVersion secret) => $"{BaseUrl}/secrets/{secret.Name}/{secret.Version}";

    public string DeletedSecretId(string name) => $"{BaseUrl}/deletedsecrets/{name}";
}
