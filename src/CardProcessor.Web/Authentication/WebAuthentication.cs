using System.Net;
using CardProcessor.Web.Api;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Identity.Web;

namespace CardProcessor.Web.Authentication;

internal static class WebAuthentication
{
    /// <summary>
    /// OpenID Connect (authorization code + PKCE) through Microsoft.Identity.Web. Against Entra ID, MSAL redeems the
    /// code and keeps the user's token for the API's scope in its cache. Against the development issuer (plain http
    /// on a loopback address, refused in Production) MSAL cannot be used, as it accepts only https authorities: the
    /// OpenID Connect handler redeems the code itself and keeps the tokens in the encrypted sign-in cookie.
    /// </summary>
    public static IServiceCollection AddWebAuthentication(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var scopes = configuration.GetSection($"{ApiOptions.SectionName}:Scopes").Get<string[]>() ?? [];
        var signIn = services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApp(configuration.GetSection("AzureAd"));

        var instance = configuration["AzureAd:Instance"];
        if (Uri.TryCreate(instance, UriKind.Absolute, out var authority) && authority.Scheme == Uri.UriSchemeHttp)
        {
            if (environment.IsProduction() || !IsLoopback(authority))
            {
                throw new InvalidOperationException(
                    "AzureAd:Instance must be an https authority; plain http is only accepted for a loopback issuer "
                    + "outside Production.");
            }

            UseDevelopmentIssuer(services, $"{instance!.TrimEnd('/')}/{configuration["AzureAd:TenantId"]}/v2.0",
                scopes);
        }
        else
        {
            signIn.EnableTokenAcquisitionToCallDownstreamApi(scopes).AddDistributedTokenCaches();
            // Each replica keeps its users' MSAL tokens in memory. A replica without the user's token (after a
            // restart) sends the user through sign-in again, which Entra ID answers at once from its own session
            // (SignInAgainMiddleware); a shared IDistributedCache (Redis) registered instead saves that round trip.
            services.AddDistributedMemoryCache();
            services.AddScoped<IUserTokenSource, UserTokenSource>();
        }

        services.AddAuthorization(options => options.FallbackPolicy = options.DefaultPolicy);
        services.AddCascadingAuthenticationState();
        return services;
    }

    private static void UseDevelopmentIssuer(IServiceCollection services, string issuer, string[] scopes)
    {
        // Configure, not PostConfigure: the handler's own post-configuration refuses http metadata before ours ran.
        services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
        {
            options.RequireHttpsMetadata = false;
            options.SaveTokens = true;
            foreach (var scope in scopes)
            {
                options.Scope.Add(scope);
            }
        });
        services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
        {
            // Microsoft.Identity.Web's issuer validator knows only Entra ID's hosts; the local one is checked exactly.
            options.TokenValidationParameters.IssuerValidator = null;
            // Without MSAL, Microsoft.Identity.Web asks for an ID token only; the app needs the code flow's tokens.
            options.ResponseType = "code";
            options.UsePkce = true;
            options.TokenValidationParameters.ValidIssuer = issuer;
        });
        services.AddScoped<IUserTokenSource, SavedTokenSource>();
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address));
}
