extern alias emulator;

using System.Net.Http.Headers;
using CardProcessor.Api.Tests.Infrastructure;
using emulator::DocumentIntelligenceEmulator;

namespace CardProcessor.Api.Tests.EndToEnd;

/// <summary>
/// The API and worker processes of <see cref="PipelineFixture"/>, against a PostgreSQL server and a RabbitMQ
/// node of their own (<see cref="PrivatePostgres"/>, <see cref="PrivateRabbitMq"/>), so that a fault test may
/// restart or stop them while the shared servers keep serving the other suites. Azurite is the shared one.
/// </summary>
public sealed class PrivatePipelineFixture : IAsyncLifetime
{
    public PrivatePostgres Postgres { get; private set; } = null!;

    public PrivateRabbitMq Broker { get; private set; } = null!;

    public TestIdentity Identity { get; private set; } = null!;

    public ServiceProcess Api { get; private set; } = null!;

    public ServiceProcess Worker { get; private set; } = null!;

    public RunningEmulator DocumentIntelligence { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var postgres = PrivatePostgres.StartAsync();
        var broker = PrivateRabbitMq.StartAsync();
        Postgres = await postgres;
        Broker = await broker;
        Identity = await TestIdentity.StartAsync();
        DocumentIntelligence = await EmulatorApp.StartAsync(
            ["--urls", "http://127.0.0.1:0", "--key", "e2e-key", "--retry-after", "0"]);
        var settings = new List<KeyValuePair<string, string?>>
        {
            new("ConnectionStrings:Postgres", Postgres.ConnectionString),
            new("Messaging:Transport", "RabbitMq"),
            new("Messaging:RabbitMqUri", Broker.Uri.ToString()),
            new("Messaging:RetryLimit", "1"),
            new("Storage:Provider", "AzureBlob"),
            new("Storage:ConnectionString", TestEnvironment.Blobs),
            new("Storage:ContainerName", $"cp-fault-{Guid.NewGuid():N}"),
            new("Outbox:PollInterval", "00:00:00.250"),
            new("Extraction:Mode", "Auto"),
            new("DocumentIntelligence:Endpoint", DocumentIntelligence.Endpoint.ToString()),
            new("DocumentIntelligence:ApiKey", "e2e-key"),
            new("DocumentIntelligence:PollInterval", "00:00:00.050"),
        };
        settings.AddRange(Identity.ApiConfiguration);
        Worker = await ServiceProcess.StartAsync("CardProcessor.Worker", settings);
        Api = await ServiceProcess.StartAsync("CardProcessor.Api", settings);
    }

    public HttpClient ClientFor(params string[] roles)
    {
        var client = new HttpClient { BaseAddress = Api.Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Identity.TokenFor(roles));
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        await Worker.DisposeAsync();
        await Identity.DisposeAsync();
        await DocumentIntelligence.DisposeAsync();
        await Broker.DisposeAsync();
        await Postgres.DisposeAsync();
    }
}
