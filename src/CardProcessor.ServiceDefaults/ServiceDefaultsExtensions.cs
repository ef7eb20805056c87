using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Prometheus;

namespace CardProcessor.ServiceDefaults;

/// <summary>What every CardProcessor process has: telemetry, health endpoints, metrics, ProblemDetails.</summary>
public static class ServiceDefaultsExtensions
{
    public const string ReadyTag = "ready";

    /// <summary>
    /// Checks that <c>/health/dependencies</c> reports but readiness ignores: the broker (the outbox
    /// keeps accepting work while it is away) and the outbox's backlog.
    /// </summary>
    public const string DependencyTag = "dependency";

    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        // Validation thresholds mounted from a ConfigMap: a change applies without a deploy.
        builder.Configuration.AddJsonFile(
            Path.Combine(builder.Environment.ContentRootPath, "config", "validation.json"), optional: true,
            reloadOnChange: true);
        builder.AddKeyVaultSecrets();
        builder.AddCardProcessorTelemetry();
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions.TryAdd("traceId", System.Diagnostics.Activity.Current?.Id
                ?? context.HttpContext.TraceIdentifier));
        return builder;
    }

    /// <summary><c>/health/live</c>, <c>/health/ready</c>, <c>/health/dependencies</c> and <c>/metrics</c>, all
    /// anonymous.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = check => check.Tags.Contains("live") })
            .AllowAnonymous();
        app.MapHealthChecks("/health/ready",
            new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
        app.MapHealthChecks("/health/dependencies", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag) || check.Tags.Contains(DependencyTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).AllowAnonymous();
        app.MapMetrics("/metrics").AllowAnonymous();
        return app;
    }

    /// <summary>HTTP request metrics (prometheus-net), labelled by route template, not by raw path.</summary>
    public static WebApplication UseDefaultMetrics(this WebApplication app)
    {
        app.UseHttpMetrics(options => options.ReduceStatusCodeCardinality());
        return app;
    }
}
