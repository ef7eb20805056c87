using Microsoft.AspNetCore.Http.Timeouts;

namespace CardProcessor.Api.Security;

/// <summary>Rate limits, CORS, body limits and timeouts, bound from <see cref="SecurityOptions"/>.</summary>
internal static class SecuritySetup
{
    public const string CorsPolicy = "configured-origins";

    /// <summary>Exports, uploads and event streams run longer than an ordinary request.</summary>
    public const string LongRunning = "long-running";

    public static IServiceCollection AddApiSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecurityOptions>()
            .BindConfiguration(SecurityOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var options = configuration.GetSection(SecurityOptions.SectionName).Get<SecurityOptions>() ?? new();
        services.AddApiRateLimits();
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            // No origin configured: no Access-Control-Allow-Origin is ever sent, so browsers refuse.
            policy.WithOrigins(options.CorsAllowedOrigins)
                .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
                .WithHeaders("Authorization", "Content-Type", "If-Match", "If-None-Match")
                .WithExposedHeaders("ETag", "Location", "Retry-After");
        }));
        services.AddRequestTimeouts(timeouts =>
        {
            timeouts.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = options.RequestTimeout,
                TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
            };
            timeouts.AddPolicy(LongRunning, TimeSpan.FromMinutes(10));
        });
        return services;
    }

    public static WebApplication UseApiSecurity(this WebApplication app)
    {
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseCors(CorsPolicy);
        return app;
    }
}
