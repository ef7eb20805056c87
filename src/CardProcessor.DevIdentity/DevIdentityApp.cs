using CardProcessor.DevIdentity.Authorization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CardProcessor.DevIdentity;

/// <summary>
/// A local stand-in for Entra ID's token issuer: real OpenID Connect metadata, a JWKS and signed
/// tokens, for tests and local runs. It refuses to start in a Production environment.
/// </summary>
public static class DevIdentityApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (builder.Environment.IsProduction())
        {
            throw new InvalidOperationException(
                "The development token issuer must not run in a Production environment.");
        }

        builder.Services.AddOptions<DevIdentityOptions>().BindConfiguration(DevIdentityOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(provider => new TokenIssuer(
            new Uri(FirstAddress(provider.GetRequiredService<IServer>())),
            provider.GetRequiredService<IOptions<DevIdentityOptions>>().Value));

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AuthorizationCodes>();

        var app = builder.Build();
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant, TokenIssuer issuer) =>
        {
            var root = issuer.Issuer[..issuer.Issuer.IndexOf($"/{issuer.Options.TenantId}/", StringComparison.Ordinal)];
            // Entra ID's "common" metadata carries an issuer template that Microsoft.Identity.Web fills with the
            // token's tid.
            var issuerValue = tenant == issuer.Options.TenantId ? issuer.Issuer : $"{root}/{{tenantid}}/v2.0";
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = issuerValue,
                ["jwks_uri"] = $"{root}/{tenant}/discovery/v2.0/keys",
                ["token_endpoint"] = $"{root}/{tenant}/oauth2/v2.0/token",
                ["authorization_endpoint"] = $"{root}/{tenant}/oauth2/v2.0/authorize",
                ["end_session_endpoint"] = $"{root}/{tenant}/oauth2/v2.0/logout",
                ["response_types_supported"] = new[] { "code", "token" },
                ["response_modes_supported"] = new[] { "query", "form_post" },
                ["code_challenge_methods_supported"] = new[] { "S256" },
                ["scopes_supported"] = new[] { "openid", "profile", "email", "offline_access" },
                ["subject_types_supported"] = new[] { "pairwise" },
                ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
                ["tenant_region_scope"] = "NA",
            });
        });
        app.MapGet("/{tenant}/discovery/v2.0/keys",
            (TokenIssuer issuer) => Results.Json(new { keys = new[] { issuer.PublicJwk } }));
        app.MapPost("/{tenant}/oauth2/v2.0/token", TokenEndpoint.IssueAsync).DisableAntiforgery();
        app.MapGet("/{tenant}/oauth2/v2.0/authorize", AuthorizeEndpoint.Show);
        app.MapPost("/{tenant}/oauth2/v2.0/authorize", AuthorizeEndpoint.SignInAsync).DisableAntiforgery();
        app.MapGet("/{tenant}/oauth2/v2.0/logout", (string? post_logout_redirect_uri) =>
            post_logout_redirect_uri is { Length: > 0 } target ? Results.Redirect(target) : Results.Ok());
        return app;
    }

    private static string FirstAddress(IServer server) =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
        ?? throw new InvalidOperationException("The issuer's address is not known until the server has started.");
}
