using KeyVaultEmulator.Vault;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KeyVaultEmulator.Api;

/// <summary>Reading, setting and updating one secret.</summary>
internal static class SecretEndpoints
{
    /// <summary><c>GET /secrets/{name}/{version?}</c>: the latest version without one; a disabled version is
    /// refused.</summary>
    public static Results<Ok<SecretBundleJson>, JsonHttpResult<ErrorEnvelope>> Get(
        string name, string? version, HttpRequest request, SecretStore store)
    {
        var secret = store.Find(name, version);
        if (secret is null)
        {
            return VaultErrors.SecretNotFound(name, version);
        }

        return secret.Enabled
            ? TypedResults.Ok(SecretBundleJson.From(VaultAddress.Of(request), secret))
            : VaultErrors.SecretDisabled();
    }

    /// <summary><c>PUT /secrets/{name}</c>: a new version, which becomes the latest.</summary>
    public static Results<Ok<SecretBundleJson>, JsonHttpResult<ErrorEnvelope>> Set(
        string name, SetSecretRequest body, HttpRequest request, SecretStore store)
    {
        if (body.Value is null)
        {
            return VaultErrors.BadParameter("The request body has no 'value'.");
        }

        var secret = store.Set(name, body.Value, body.ContentType, body.Tags, body.Attributes?.ToChanges());
        return secret is null
            ? VaultErrors.DeletedNameInUse(name)
            : TypedResults.Ok(SecretBundleJson.From(VaultAddress.Of(request), secret));
    }

    /// <summary><c>PATCH /secrets/{name}/{version?}</c>: attributes, content type and tags; the answer has no
    /// value.</summary>
    public static Results<Ok<SecretBundleJson>, JsonHttpResult<ErrorEnvelope>> Update(
        string name, string? version, UpdateSecretRequest body, HttpRequest request, SecretStore store)
    {
        var target = string.IsNullOrEmpty(version) ? store.Find(name)?.Version : version;
        var secret = target is null ? null : store.Update(name, target, body.ToChanges());
        return secret is null
            ? VaultErrors.SecretNotFound(name, version)
            : TypedResults.Ok(SecretBundleJson.From(VaultAddress.Of(request), secret, withValue: false));
    }
}
