using System.Text.RegularExpressions;

namespace KeyVaultEmulator.Api;

/// <summary>The secrets data-plane routes that the emulator implements.</summary>
internal static partial class SecretsApi
{
    public static WebApplication MapSecretsApi(this WebApplication app)
    {
        var api = app.MapGroup("").AddEndpointFilter(RequireApiVersion);
        api.MapGet("/secrets", ListSecretsEndpoint.Handle).WithName("GetSecrets");

        var secret = api.MapGroup("/secrets/{name}").AddEndpointFilter(RequireValidName);
        secret.MapGet("/{version?}", SecretEndpoints.Get).WithName("GetSecret");
        secret.MapPut("", SecretEndpoints.Set).WithName("SetSecret");
        secret.MapPatch("/{version?}", SecretEndpoints.Update).WithName("UpdateSecret");
        secret.MapDelete("", DeletedSecretEndpoints.Delete).WithName("DeleteSecret");

        var deleted = api.MapGroup("/deletedsecrets/{name}").AddEndpointFilter(RequireValidName);
        deleted.MapGet("", DeletedSecretEndpoints.Get).WithName("GetDeletedSecret");
        deleted.MapDelete("", DeletedSecretEndpoints.Purge).WithName("PurgeDeletedSecret");

        app.MapFallback((HttpRequest request) => VaultErrors.NotImplemented(request.Method, request.Path));
        return app;
    }

    private static async ValueTask<object?> RequireApiVersion(EndpointFilterInvocationContext context,
        EndpointFilterDelegate next)
    {
        var versions = context.HttpContext.Request.Query["api-version"];
        if (versions.Count == 0)
        {
            return VaultErrors.BadParameter("The api-version query parameter is missing.");
        }

        // A client that appends api-version to a nextLink that already has one sends it twice; both must be known.
        return versions.All(version => version is not null && ApiVersions.Supported.Contains(version))
            ? await next(context)
            : VaultErrors.BadParameter($"The api-version '{versions}' is not supported by the emulator.");
    }

    private static async ValueTask<object?> RequireValidName(EndpointFilterInvocationContext context,
        EndpointFilterDelegate next)
    {
        var name = context.HttpContext.Request.RouteValues["name"] as string ?? "";
        return SecretName().IsMatch(name)
            ? await next(context)
            : VaultErrors.BadParameter($"The request URI contains an invalid name: {name}");
    }

    /// <summary>Key Vault's rule for object names: 1 to 127 letters, digits and dashes.</summary>
    [GeneratedRegex("^[0-9a-zA-Z-]{1,127}$")]
    private static partial Regex SecretName();
}
