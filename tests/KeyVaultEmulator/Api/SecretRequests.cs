using KeyVaultEmulator.Vault;

namespace KeyVaultEmulator.Api;

/// <summary>The attributes a client may send: <c>enabled</c>, and <c>nbf</c>/<c>exp</c> in Unix seconds.</summary>
internal sealed record RequestAttributes(bool? Enabled, long? Nbf, long? Exp)
{
    public SecretChanges ToChanges(string? contentType = null, IReadOnlyDictionary<string, string>? tags = null) => new(
        Enabled,
        Nbf is { } nbf ? DateTimeOffset.FromUnixTimeSeconds(nbf) : null,
        Exp is { } exp ? DateTimeOffset.FromUnixTimeSeconds(exp) : null,
        contentType,
        tags);
}

/// <summary>The body of <c>PUT /secrets/{name}</c> (<c>SecretSetParameters</c>).</summary>
internal sealed record SetSecretRequest(
    string? Value,
    string? ContentType,
    RequestAttributes? Attributes,
    Dictionary<string, string>? Tags);

/// <summary>The body of <c>PATCH /secrets/{name}/{version}</c> (<c>SecretUpdateParameters</c>).</summary>
internal sealed record UpdateSecretRequest(
    string? ContentType,
    RequestAttributes? Attributes,
    Dictionary<string, string>? Tags)
{
    public SecretChanges ToChanges() =>
        (Attributes ?? new RequestAttributes(null, null, null)).ToChanges(ContentType, Tags);
}
