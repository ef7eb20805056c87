using CardProcessor.Processing.Outbox;
using CardProcessor.Processing.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CardProcessor.Processing.Tests.Outbox;

/// <summary>
/// The application's own registration (database, outbox, MassTransit over RabbitMQ) in a started host,
/// without the dispatcher's background loop: the tests call <see cref="OutboxDispatcher.DispatchBatchAsync"/>
/// themselves.
/// </summary>
public sealed class OutboxFixture : IAsyncLifetime
{
    public const int BatchSize = 5;

    public const int MaxAttempts = 3;

    private IHost _host = null!;

    public TestDatabase Database { get; private set; } = null!;

    public TestVirtualHost Broker { get; private set; } = null!;

    public PublishedMessages Published { get; private set; } = null!;

    public IServiceProvider Services => _host.Services;

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Broker = await TestVirtualHost.CreateAsync();
        Published = await PublishedMessages.StartAsync(Broker.Uri);

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(ProcessingSettings.For(Database, Broker));
        builder.Configuration.AddInMemoryCollection(
            [new("Outbox:BatchSize", $"{BatchSize}"), new("Outbox:MaxAttempts", $"{MaxAttempts}")]);
        builder.Services.AddLogging();
        builder.Services.AddCardProcessorCore(builder.Configuration);
        builder.Services.AddCardProcessorMessaging(builder.Configuration, hostConsumers: false);
        builder.Services.Remove(builder.Services.Single(d => d.ImplementationType == typeof(OutboxDispatcher)));
        _host = builder.Build();
        await _host.StartAsync();
    }

    /// <summary>A dispatcher as the host would run it; several can race over the same table.</summary>
    internal OutboxDispatcher CreateDispatcher() => ActivatorUtilities.CreateInstance<OutboxDispatcher>(Services);

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await Published.DisposeAsync();
        await Broker.DisposeAsync();
        await Database.DisposeAsync();
    }
}
