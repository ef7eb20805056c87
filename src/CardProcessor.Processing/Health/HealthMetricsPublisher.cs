using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CardProcessor.Processing.Health;

/// <summary>
/// Publishes every check's result as a gauge each period, whether or not anyone asks
/// <c>/health/dependencies</c>, so that an alert fires on a broker that went away.
/// </summary>
public sealed class HealthMetricsPublisher : IHealthCheckPublisher
{
    public Task PublishAsync(HealthReport report, CancellationToken cancellationToken)
    {
        foreach (var (name, entry) in report.Entries)
        {
            DependencyMetrics.CheckStatus.WithLabels(name).Set(entry.Status switch
            {
                HealthStatus.Healthy => 1,
                HealthStatus.Degraded => 0.5,
                _ => 0,
            });
        }

        return Task.CompletedTask;
    }
}
