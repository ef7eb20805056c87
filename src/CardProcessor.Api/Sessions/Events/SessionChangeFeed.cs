using System.Collections.Concurrent;
using System.Threading.Channels;
using Npgsql;

namespace CardProcessor.Api.Sessions.Events;

/// <summary>
/// Listens on PostgreSQL's <c>session_changes</c> channel, which triggers on <c>processing_sessions</c>
/// and <c>documents</c> notify with the session id, whichever process (API or worker) wrote the row,
/// and wakes the event streams of that session. One connection per API replica, whatever the number
/// of streams; a lost connection is re-opened, and streams re-read on a timer meanwhile.
/// </summary>
internal sealed partial class SessionChangeFeed(IConfiguration configuration, ILogger<SessionChangeFeed> logger)
    : BackgroundService
{
    public const string Channel = "session_changes";

    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Channel<bool>, byte>> _subscribers = new();

    /// <summary>True while the LISTEN connection is open, so streams know whether to rely on it.</summary>
    public bool Listening { get; private set; }

    /// <summary>Wakes the returned reader whenever the session changes; dispose the subscription to stop.</summary>
    public SessionSubscription Subscribe(Guid sessionId)
    {
        var channel = System.Threading.Channels.Channel.CreateBounded<bool>(
            new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        _subscribers.GetOrAdd(sessionId, _ => new()).TryAdd(channel, 0);
        return new SessionSubscription(channel.Reader, () => Unsubscribe(sessionId, channel));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = configuration.GetConnectionString("Postgres");
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => Notify(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                Listening = true;
                WakeAll();
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
            {
                LogListenFailed(logger, exception.Message);
            }
            finally
            {
                Listening = false;
            }

            await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken)
                .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private void Notify(string payload)
    {
        if (Guid.TryParse(payload, out var sessionId) && _subscribers.TryGetValue(sessionId, out var channels))
        {
            foreach (var channel in channels.Keys)
            {
                channel.Writer.TryWrite(true);
            }
        }
    }

    // After a reconnect a change may have been missed: every stream re-reads once.
    private void WakeAll()
    {
        foreach (var channel in _subscribers.Values.SelectMany(c => c.Keys))
        {
            channel.Writer.TryWrite(true);
        }
    }

    private void Unsubscribe(Guid sessionId, Channel<bool> channel)
    {
        if (_subscribers.TryGetValue(sessionId, out var channels))
        {
            channels.TryRemove(channel, out _);
            if (channels.IsEmpty)
            {
                _subscribers.TryRemove(KeyValuePair.Create(sessionId, channels));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for session changes failed ({Reason}); retrying")]
    private static partial void LogListenFailed(ILogger logger, string reason);
}
