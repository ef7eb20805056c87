using System.Net;
using CardProcessor.Web.Api;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Identity.Web;

namespace CardProcessor.Web.Authentication;

internal static class WebAuthentication
{
    /// <summary>
    /// OpenID Connect (authorization code + PKCE) against Entra ID through Microsoft.Identity.Web, with MSAL redeeming
    /// the code and keeping the user's token for the API's scope. The only local relaxation is plain-HTTP metadata
    /// from a loopback issuer (the development issuer), refused in Production, as the API does.
    /// </summary>
    public static IServiceCollection AddWebAuthentication(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var scopes = configuration.GetSection($"{ApiOptions.SectionName}:Scopes").Get<string[]>() ?? [];
        services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApp(configuration.GetSection("AzureAd"))
            .EnableTokenAcquisitionToCallDownstreamApi(scopes)
            .AddDistributedTokenCaches();
        // Each replica keeps its users' MSAL tokens in memory. A replica that does not have the user's token (after a
        // restart, or behind the ingress without affinity) makes MSAL ask for sign-in again, which Entra ID answers
        // at once from its own session (TokenChallenge); a shared IDistributedCache (Redis) registered instead
        // removes that round trip. See ADR 0008.
        services.AddDistributedMemoryCache();

        var instance = configuration["AzureAd:Instance"];
        if (Uri.TryCreate(instance, UriKind.Absolute, out var authority) && authority.Scheme == Uri.UriSchemeHttp)
        {
            if (environment.IsProduction() || !IsLoopback(authority))
            {
                throw new InvalidOperationException(
                    "AzureAd:Instance must be an https authority; plain http is only accepted for a loopback issuer "
                    + "outside Production.");
            }

            var issuer = $"{instance!.TrimEnd('/')}/{configuration["AzureAd:TenantId"]}/v2.0";
            services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
            {
                options.RequireHttpsMetadata = false;
                // Microsoft.Identity.Web's issuer validator knows only Entra ID's hosts; the local one is exact.
                options.TokenValidationParameters.IssuerValidator = null;
                options.TokenValidationParameters.ValidIssuer = issuer;
            });
        }

        services.AddAuthorization(options => options.FallbackPolicy = options.DefaultPolicy);
        services.AddCascadingAuthenticationState();
        return services;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address));
}
