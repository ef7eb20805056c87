using System.Net.Http.Headers;

namespace CardProcessor.Api.Tests.Infrastructure;

/// <summary>
/// One API with its own database, virtual host and blob container, shared by the tests of a class.
/// The API publishes to RabbitMQ; no worker consumes here unless a test starts one.
/// </summary>
public class ApiFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public TestVirtualHost Broker { get; private set; } = null!;

    public TestIdentity Identity { get; private set; } = null!;

    public ApiFactory Factory { get; private set; } = null!;

    public string Container { get; } = $"cp-test-{Guid.NewGuid():N}";

    public virtual IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("ConnectionStrings:Postgres", Database.ConnectionString),
        new("Messaging:Transport", "RabbitMq"),
        new("Messaging:RabbitMqUri", Broker.Uri.ToString()),
        new("Storage:Provider", "AzureBlob"),
        new("Storage:ConnectionString", TestEnvironment.Blobs),
        new("Storage:ContainerName", Container),
        new("Outbox:PollInterval", "00:00:00.200"),
        new("Extraction:Limits:MaxFileBytes", "2000000"),
        .. Identity.ApiConfiguration,
    ];

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Broker = await TestVirtualHost.CreateAsync();
        Identity = await TestIdentity.StartAsync();
        Factory = new ApiFactory(Settings);
    }

    public HttpClient ClientFor(params string[] roles)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Identity.TokenFor(roles));
        return client;
    }

    public HttpClient ClientWithToken(string token)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public virtual async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Identity.DisposeAsync();
        await Broker.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
