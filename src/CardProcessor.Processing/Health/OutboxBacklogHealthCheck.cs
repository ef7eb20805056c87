using CardProcessor.Data;
using CardProcessor.Processing.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CardProcessor.Processing.Health;

/// <summary>
/// The messages committed but not yet published: while the broker is away the outbox keeps
/// accepting work, and this says how much is waiting and since when. Degraded once the oldest
/// has waited longer than <see cref="OutboxOptions.BacklogAgeDegraded"/>.
/// </summary>
public sealed class OutboxBacklogHealthCheck(
    CardProcessorDbContext db, TimeProvider time, IOptions<OutboxOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var unsent = db.OutboxMessages.AsNoTracking().Where(m => m.SentAt == null);
        var backlog = await unsent.CountAsync(cancellationToken);
        var oldest = await unsent.MinAsync(m => (DateTimeOffset?)m.CreatedAt, cancellationToken);
        var age = oldest is null ? TimeSpan.Zero : time.GetUtcNow() - oldest.Value;
        DependencyMetrics.OutboxBacklog.Set(backlog);
        DependencyMetrics.OutboxOldestSeconds.Set(Math.Max(0, age.TotalSeconds));
        var data = new Dictionary<string, object>
        {
            ["unsent"] = backlog,
            ["oldestUnsentSeconds"] = Math.Round(Math.Max(0, age.TotalSeconds), 1),
        };
        return age > options.Value.BacklogAgeDegraded
            ? HealthCheckResult.Degraded(
                $"{backlog} message(s) wait to be published; the oldest for {age.TotalSeconds:0} s.", data: data)
            : HealthCheckResult.Healthy($"{backlog} message(s) wait to be published.", data);
    }
}
