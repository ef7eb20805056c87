using CardProcessor.Data;
using CardProcessor.Data.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CardProcessor.Processing.Outbox;

/// <summary>
/// Publishes committed outbox messages. Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c>, so any
/// number of API and worker replicas can dispatch at once without publishing a message twice.
/// </summary>
internal sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastCleanup = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchBatchAsync(stoppingToken) == options.Value.BatchSize)
                {
                    // A full batch went out: there may be more waiting.
                }

                if (time.GetUtcNow() - lastCleanup > TimeSpan.FromHours(1))
                {
                    await DeleteOldSentAsync(stoppingToken);
                    lastCleanup = time.GetUtcNow();
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException
                || !stoppingToken.IsCancellationRequested)
            {
                LogDispatchFailed(logger, exception);
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Claims and publishes one batch; returns how many were published.</summary>
    /// <remarks>
    /// Rows that failed before go behind fresh ones (ordered by attempts first), so messages that keep
    /// failing cannot hold back the rest; after <see cref="OutboxOptions.MaxAttempts"/> a row is left
    /// unsent, with its last error, for someone to look at.
    /// </remarks>
    internal async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CardProcessorDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var settings = options.Value;
        var batch = await db.OutboxMessages
            .FromSql($"""
                SELECT * FROM outbox_messages
                WHERE sent_at IS NULL AND attempts < {settings.MaxAttempts}
                ORDER BY attempts, created_at
                LIMIT {settings.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);

        var published = 0;
        foreach (var row in batch)
        {
            if (await PublishAsync(row, cancellationToken))
            {
                published++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return published;
    }

    private async Task<bool> PublishAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        row.Attempts++;
        try
        {
            var (message, type) = OutboxContracts.Read(row);
            await bus.Publish(message, type, context =>
            {
                context.MessageId = row.Id;
                if (Guid.TryParse(row.CorrelationId, out var correlationId))
                {
                    context.CorrelationId = correlationId;
                }
            }, cancellationToken);
            row.SentAt = time.GetUtcNow();
            row.LastError = null;
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            row.LastError = exception.Message.Length > 2000 ? exception.Message[..2000] : exception.Message;
            LogPublishFailed(logger, row.Id, row.MessageType, row.Attempts, exception);
            return false;
        }
    }

    private async Task DeleteOldSentAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CardProcessorDbContext>();
        var cutoff = time.GetUtcNow() - options.Value.RetainSent;
        await db.OutboxMessages.Where(m => m.SentAt != null && m.SentAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch failed; will retry")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing outbox message {MessageId} ({MessageType}) failed " +
        "on attempt {Attempt}")]
    private static partial void LogPublishFailed(
        ILogger logger,
        Guid messageId,
        string messageType,
        int attempt,
        Exception exception);
}
