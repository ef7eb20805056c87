using System.Net.Http.Headers;
using CardProcessor.Api.Tests.Infrastructure;

namespace CardProcessor.Api.Tests.EndToEnd;

/// <summary>
/// The production shape on one machine: the API process and a worker process, talking through a
/// real RabbitMQ virtual host, storing in a real PostgreSQL database and real Azurite blob storage.
/// </summary>
public sealed class PipelineFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public TestVirtualHost Broker { get; private set; } = null!;

    public TestIdentity Identity { get; private set; } = null!;

    public ServiceProcess Api { get; private set; } = null!;

    public ServiceProcess Worker { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Broker = await TestVirtualHost.CreateAsync();
        Identity = await TestIdentity.StartAsync();
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
        await Broker.DisposeAsync();
        await Database.DisposeAsync();
    }
}
