using CardProcessor.Data;
using CardProcessor.Processing.Extraction;
using CardProcessor.Processing.Outbox;
using CardProcessor.Processing.Storage;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CardProcessor.Processing.Tests.Consumers;

/// <summary>
/// The worker's own registration (database, blob store, the three consumers with their definitions)
/// with MassTransit's test harness in place of the broker: only the transport is replaced. The
/// outbox dispatcher does not run, so what a consumer announces stays in <c>outbox_messages</c> to
/// be read, and no other consumer reacts to it.
/// </summary>
internal sealed class ConsumerHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 10, 2, 8, 30, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    private ConsumerHost(ServiceProvider services)
    {
        _services = services;
        Harness = services.GetRequiredService<ITestHarness>();
    }

    public ITestHarness Harness { get; }

    public IDocumentStore Store => _services.GetRequiredService<IDocumentStore>();

    /// <param name="fixture">The database and blob container to use.</param>
    /// <param name="container">Another blob container (one that does not exist, to make the store fail).</param>
    public static async Task<ConsumerHost> StartAsync(ConsumerFixture fixture, string? container = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = fixture.Database.ConnectionString,
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:ConnectionString"] = TestEnvironment.Blobs,
            ["Storage:ContainerName"] = container ?? fixture.Container,
            ["Messaging:Transport"] = "InMemory",
            ["Messaging:RetryLimit"] = "1",
            ["Extraction:Mode"] = "Auto",
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(new FixedClock(Now))
            .AddLogging()
            .AddCardProcessorCore(configuration)
            .AddDocumentIntelligenceReader(configuration)
            .AddCardProcessorMessaging(configuration, hostConsumers: true)
            .AddMassTransitTestHarness(harness => harness.SetTestTimeouts(
                testTimeout: TimeSpan.FromSeconds(60), testInactivityTimeout: TimeSpan.FromSeconds(1)));
        services.Remove(services.Single(d => d.ImplementationType == typeof(OutboxDispatcher)));
        var host = new ConsumerHost(services.BuildServiceProvider());
        await host.Harness.Start();
        return host;
    }

    /// <summary>Runs <paramref name="work"/> with a context of the host's own, interceptors included.</summary>
    public async Task<T> WithDbAsync<T>(Func<CardProcessorDbContext, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CardProcessorDbContext>());
    }

    /// <summary>
    /// Publishes <paramref name="message"/> and waits until <typeparamref name="TConsumer"/> has
    /// consumed it once more (retries included) than before.
    /// </summary>
    public async Task DeliverAsync<TConsumer, TMessage>(TMessage message, Func<TMessage, bool> isIt)
        where TConsumer : class, IConsumer
        where TMessage : class
    {
        var consumed = Harness.GetConsumerHarness<TConsumer>().Consumed;
        int Count() => consumed.Select<TMessage>(m => isIt(m.Context.Message)).Count();
        var before = Count();
        await Harness.Bus.Publish(message);
        await WaitUntilAsync(
            () => Count() > before,
            $"{typeof(TConsumer).Name} to consume the {typeof(TMessage).Name}");
    }

    public static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            Assert.False(timeout.IsCancellationRequested, $"Waited 30 s for {what}.");
            await Task.Delay(50, CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _services.DisposeAsync();
    }
}
