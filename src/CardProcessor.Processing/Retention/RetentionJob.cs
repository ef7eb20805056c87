using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CardProcessor.Processing.Retention;

/// <summary>Runs <see cref="RetentionSweep"/> every <see cref="RetentionOptions.Interval"/> until nothing is
/// left.</summary>
public sealed partial class RetentionJob(
    IServiceScopeFactory scopes, IOptions<RetentionOptions> options, ILogger<RetentionJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval);
        do
        {
            try
            {
                int deleted;
                do
                {
                    await using var scope = scopes.CreateAsyncScope();
                    deleted = await scope.ServiceProvider.GetRequiredService<RetentionSweep>()
                        .SweepOnceAsync(stoppingToken);
                }
                while (deleted > 0);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The next run tries again; a failed sweep must not stop the host.
                LogSweepFailed(logger, exception.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention sweep failed: {Reason}")]
    private static partial void LogSweepFailed(ILogger logger, string reason);
}
