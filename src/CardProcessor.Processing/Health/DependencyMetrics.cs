using Prometheus;

namespace CardProcessor.Processing.Health;

/// <summary>What the dependency checks saw last, for the alert rules (they run every few seconds).</summary>
public static class DependencyMetrics
{
    public static readonly Gauge CheckStatus = Metrics.CreateGauge(
        "cardprocessor_health_check_status",
        "The last result of each health check: 1 healthy, 0.5 degraded, 0 unhealthy.",
        new GaugeConfiguration { LabelNames = ["check"] });

    public static readonly Gauge OutboxBacklog = Metrics.CreateGauge(
        "cardprocessor_outbox_unsent_messages", "Messages committed to the outbox and not yet published.");

    public static readonly Gauge OutboxOldestSeconds = Metrics.CreateGauge(
        "cardprocessor_outbox_oldest_unsent_seconds", "How long the oldest unpublished outbox message has waited.");
}
