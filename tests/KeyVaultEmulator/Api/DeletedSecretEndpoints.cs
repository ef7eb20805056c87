using KeyVaultEmulator.Vault;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KeyVaultEmulator.Api;

/// <summary>Soft delete: <c>DELETE /secrets/{name}</c>, then <c>GET</c> or purge under
/// <c>/deletedsecrets/{name}</c>.</summary>
internal static class DeletedSecretEndpoints
{
    public static Results<Ok<DeletedSecretBundleJson>, JsonHttpResult<ErrorEnvelope>> Delete(string name,
        HttpRequest request, SecretStore store)
    {
        var deleted = store.Delete(name);
        return deleted is null
            ? VaultErrors.SecretNotFound(name)
            : TypedResults.Ok(DeletedSecretBundleJson.From(VaultAddress.Of(request), deleted));
    }

    public static Results<Ok<DeletedSecretBundleJson>, JsonHttpResult<ErrorEnvelope>> Get(string name,
        HttpRequest request, SecretStore store)
    {
        var deleted = store.FindDeleted(name);
        return deleted is null
            ? VaultErrors.DeletedSecretNotFound(name)
            : TypedResults.Ok(DeletedSecretBundleJson.From(VaultAddress.Of(request), deleted));
    }

    public static Results<NoContent, JsonHttpResult<ErrorEnvelope>> Purge(string name, SecretStore store) =>
        store.Purge(name) ? TypedResults.NoContent() : VaultErrors.DeletedSecretNotFound(name);
}
