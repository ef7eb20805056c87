using System.Net;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Identity.Web;

namespace CardProcessor.Api.Authentication;

internal static class AuthenticationSetup
{
    /// <summary>
    /// Entra ID bearer tokens through Microsoft.Identity.Web (configuration section <c>AzureAd</c>). The
    /// only relaxation for local runs is plain-HTTP metadata from a loopback issuer, and that is refused
    /// in Production: there is no switch that turns authentication off.
    /// </summary>
    public static IServiceCollection AddApiAuthentication(
        this IServiceCollection services,
        IConfiguration configuration,
        IHostEnvironment environment)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApi(configuration.GetSection("AzureAd"));

        var instance = configuration["AzureAd:Instance"];
        if (instance is not null
            && Uri.TryCreate(instance, UriKind.Absolute, out var authority)
            && authority.Scheme == Uri.UriSchemeHttp)
        {
            if (environment.IsProduction() || !IsLoopback(authority))
            {
                throw new InvalidOperationException(
                    "AzureAd:Instance must be an https authority; plain http is only accepted for a loopback issuer " +
                    "outside Production.");
            }

            var issuer = $"{instance.TrimEnd('/')}/{configuration["AzureAd:TenantId"]}/v2.0";
            services.Configure<JwtBearerOptions>(
                JwtBearerDefaults.AuthenticationScheme,
                options => options.RequireHttpsMetadata = false);
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                // Microsoft.Identity.Web's AAD issuer validator knows only Entra ID's hosts; the local issuer's
                // issuer is checked exactly instead. Signature, audience and lifetime are validated as in production.
                options.TokenValidationParameters.IssuerValidator = null;
                options.TokenValidationParameters.ValidateIssuer = true;
                options.TokenValidationParameters.ValidIssuer = issuer;
            });
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(
                Policies.Read,
                policy => policy.RequireRole(Roles.Admin, Roles.Processor, Roles.Reviewer, Roles.ReadOnly))
            .AddPolicy(Policies.Process, policy => policy.RequireRole(Roles.Admin, Roles.Processor))
            .AddPolicy(Policies.Review, policy => policy.RequireRole(Roles.Admin, Roles.Reviewer))
            .AddPolicy(Policies.Administer, policy => policy.RequireRole(Roles.Admin))
            .SetFallbackPolicy(
                new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireRole(Roles.Admin).Build());
        return services;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address));
}
