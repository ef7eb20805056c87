extern alias emulator;

using System.Net.Http.Headers;
using CardProcessor.Api.Tests.Infrastructure;
using emulator::DocumentIntelligenceEmulator;

namespace CardProcessor.Api.Tests.EndToEnd;

/// <summary>
/// The production shape on one machine: the API process and a worker process, talking through a
/// real RabbitMQ virtual host, storing in a real PostgreSQL database and real Azurite blob storage,
/// with the Document Intelligence emulator as the OCR service (text PDFs never reach it in Auto mode).
/// </summary>
public sealed class PipelineFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public TestVirtualHost Broker { get; private set; } = null!;

    public TestIdentity Identity { get; private set; } = null!;

    public ServiceProcess Api { get; private set; } = null!;

    public ServiceProcess Worker { get; private set; } = null!;

    public RunningEmulator DocumentIntelligence { get; private set; } = null!;

    /// <summary>Where the emulator finds its answers for image-only pages (see <c>EmulatorSidecars</c>).</summary>
    public string SidecarDirectory { get; } = Directory.CreateTempSubdirectory("cp-e2e-sidecars-").FullName;

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Broker = await TestVirtualHost.CreateAsync();
        Identity = await TestIdentity.StartAsync();
        DocumentIntelligence = await EmulatorApp.StartAsync(
            ["--urls", "http://127.0.0.1:0", "--key", "e2e-key", "--retry-after", "0", "--sidecars", SidecarDirectory]);
        var settings = new List<KeyValuePair<string, string?>>
        {
            new("ConnectionStrings:Postgres", Database.ConnectionString),
            new("Messaging:Transport", "RabbitMq"),
            new("Messaging:RabbitMqUri", Broker.Uri.ToString()),
            new("Messaging:RetryLimit", "1"),
            new("Storage:Provider", "AzureBlob"),
            new("Storage:ConnectionString", TestEnvironment.Blobs),
            new("Storage:ContainerName", $"cp-e2e-{Guid.NewGuid():N}"),
            new("Outbox:PollInterval", "00:00:00.250"),
            new("Extraction:Mode", "Auto"),
            new("DocumentIntelligence:Endpoint", DocumentIntelligence.Endpoint.ToString()),
            new("DocumentIntelligence:ApiKey", "e2e-key"),
            new("DocumentIntelligence:PollInterval", "00:00:00.050"),
        };
        settings.AddRange(Identity.ApiConfiguration);
        _settings = settings;
        Worker = await ServiceProcess.StartAsync("CardProcessor.Worker", settings);
        Api = await ServiceProcess.StartAsync("CardProcessor.Api", settings);
    }

    private List<KeyValuePair<string, string?>> _settings = [];

    /// <summary>Stops the worker the way <paramref name="stop"/> does and starts a fresh one.</summary>
    public async Task ReplaceWorkerAsync(Func<ServiceProcess, Task> stop)
    {
        await stop(Worker);
        await Worker.DisposeAsync();
        Worker = await ServiceProcess.StartAsync("CardProcessor.Worker", _settings);
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
        Directory.Delete(SidecarDirectory, recursive: true);
        await Broker.DisposeAsync();
        await Database.DisposeAsync();
    }
}
