using System.Text.Json.Serialization;
using KeyVaultEmulator.Vault;

namespace KeyVaultEmulator.Api;

/// <summary>
/// The wire shapes of the secrets API: <c>SecretBundle</c>, <c>SecretItem</c>, <c>SecretListResult</c> and
/// <c>DeletedSecretBundle</c>. Times are Unix seconds, as the service sends them; absent members are left out.
/// </summary>
internal sealed record SecretAttributesJson(
    bool Enabled,
    long? Nbf,
    long? Exp,
    long Created,
    long Updated,
    string RecoveryLevel,
    int RecoverableDays)
{
    /// <summary>What every vault with soft delete and purge allowed reports.</summary>
    public const string RecoverablePurgeable = "Recoverable+Purgeable";

    public static SecretAttributesJson From(SecretVersion secret) => new(
        secret.Enabled,
        secret.NotBefore?.ToUnixTimeSeconds(),
        secret.Expires?.ToUnixTimeSeconds(),
        secret.Created.ToUnixTimeSeconds(),
        secret.Updated.ToUnixTimeSeconds(),
        RecoverablePurgeable,
        SecretStore.RecoverableDays);
}

/// <summary>A secret with its value (<c>GET</c>, <c>PUT</c>) or without it (<c>PATCH</c>).</summary>
internal sealed record SecretBundleJson(
    string? Value,
    string Id,
    string? ContentType,
    SecretAttributesJson Attributes,
    IReadOnlyDictionary<string, string>? Tags)
{
    public static SecretBundleJson From(VaultAddress vault, SecretVersion secret, bool withValue = true) =>
        new(withValue ? secret.Value : null, vault.SecretId(secret), secret.ContentType,
            SecretAttributesJson.From(secret), secret.Tags);
}

/// <summary>One entry of <c>GET /secrets</c>: the secret's id without version, and never its value.</summary>
internal sealed record SecretItemJson(
    string Id,
    string? ContentType,
    SecretAttributesJson Attributes,
    IReadOnlyDictionary<string, string>? Tags)
{
    public static SecretItemJson From(VaultAddress vault, SecretVersion secret) =>
        new(vault.SecretId(secret.Name), secret.ContentType, SecretAttributesJson.From(secret), secret.Tags);
}

internal sealed record SecretListJson(
    IReadOnlyList<SecretItemJson> Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? NextLink);

internal sealed record DeletedSecretBundleJson(
    string RecoveryId,
    long DeletedDate,
    long ScheduledPurgeDate,
    string Id,
    string? ContentType,
    SecretAttributesJson Attributes,
    IReadOnlyDictionary<string, string>? Tags)
{
    public static DeletedSecretBundleJson From(VaultAddress vault, DeletedSecret deleted) => new(
        vault.DeletedSecretId(deleted.Latest.Name),
        deleted.DeletedOn.ToUnixTimeSeconds(),
        deleted.ScheduledPurge.ToUnixTimeSeconds(),
        vault.SecretId(deleted.Latest),
        deleted.Latest.ContentType,
        SecretAttributesJson.From(deleted.Latest),
        deleted.Latest.Tags);
}
