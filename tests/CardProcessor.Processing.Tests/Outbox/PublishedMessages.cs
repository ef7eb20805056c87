using System.Collections.Concurrent;
using CardProcessor.Contracts;
using CardProcessor.Processing.Messaging;
using MassTransit;

namespace CardProcessor.Processing.Tests.Outbox;

/// <summary>
/// A bus of its own with a real queue bound to <see cref="ProcessDocument"/>: it records every message
/// the dispatcher published. One message at a time, so messages arrive in the order they were published.
/// </summary>
public sealed class PublishedMessages : IAsyncDisposable
{
    private readonly ConcurrentQueue<(Guid MessageId, ProcessDocument Message)> _received = new();
    private readonly IBusControl _bus;

    private PublishedMessages(Uri broker)
    {
        var address = RabbitMqAddress.Parse(broker);
        _bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(address.Host, address.Port, address.VirtualHost, host =>
            {
                host.Username(address.Username);
                host.Password(address.Password);
            });
            cfg.ReceiveEndpoint("outbox-observer", endpoint =>
            {
                endpoint.PrefetchCount = 1;
                endpoint.ConcurrentMessageLimit = 1;
                endpoint.Handler<ProcessDocument>(context =>
                {
                    _received.Enqueue((context.MessageId ?? Guid.Empty, context.Message));
                    return Task.CompletedTask;
                });
            });
        });
    }

    public static async Task<PublishedMessages> StartAsync(Uri broker)
    {
        var messages = new PublishedMessages(broker);
        await messages._bus.StartAsync(TimeSpan.FromSeconds(30));
        return messages;
    }

    /// <summary>How many times a message about <paramref name="documentId"/> arrived.</summary>
    public int CountFor(Guid documentId) => _received.Count(r => r.Message.DocumentId == documentId);

    /// <summary>The message id the message about <paramref name="documentId"/> arrived with, if it arrived.</summary>
    public Guid? MessageIdFor(Guid documentId) =>
        _received.Where(r => r.Message.DocumentId == documentId).Select(r => (Guid?)r.MessageId).FirstOrDefault();

    /// <summary>Waits until a message about every one of <paramref name="documentIds"/> arrived.</summary>
    public async Task WaitForAsync(params Guid[] documentIds)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (!documentIds.All(id => CountFor(id) > 0))
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync(TimeSpan.FromSeconds(10));
}
