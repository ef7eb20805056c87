using System.Net.Http.Headers;
using System.Text;

namespace CardProcessor.Testing;

/// <summary>A RabbitMQ virtual host of its own for one test class, so parallel classes never consume each other's
/// messages.</summary>
public sealed class TestVirtualHost : IAsyncDisposable
{
    private readonly HttpClient _management;

    private TestVirtualHost(string name, HttpClient management)
    {
        Name = name;
        _management = management;
        var broker = TestEnvironment.RabbitMq;
        Uri = new UriBuilder(broker) { Path = "/" + Uri.EscapeDataString(name) }.Uri;
    }

    public string Name { get; }

    /// <summary>The amqp URI with this virtual host.</summary>
    public Uri Uri { get; }

    public static async Task<TestVirtualHost> CreateAsync()
    {
        var management = TestEnvironment.RabbitMqManagement;
        var credentials = Uri.UnescapeDataString(management.UserInfo);
        var client = new HttpClient { BaseAddress = new UriBuilder(management) { UserName = string.Empty,
            Password = string.Empty }.Uri };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        var name = $"cp-test-{Guid.NewGuid():N}";
        var user = credentials.Split(':')[0];
        (await client.PutAsync($"api/vhosts/{name}", null)).EnsureSuccessStatusCode();
        using var permissions = new StringContent(
            """{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json");
        (await client.PutAsync($"api/permissions/{name}/{user}", permissions)).EnsureSuccessStatusCode();
        return new TestVirtualHost(name, client);
    }

    /// <summary>Messages waiting in a queue of this virtual host, or null if the queue does not exist.</summary>
    public async Task<int?> QueueDepthAsync(string queue)
    {
        using var response = await _management.GetAsync($"api/queues/{Name}/{queue}");
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.TryGetProperty("messages", out var messages) ? messages.GetInt32() : 0;
    }

    /// <summary>Publishes raw bytes to an exchange, as a misbehaving producer would.</summary>
    public async Task PublishRawAsync(string exchange, string payload)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new
        {
            properties = new { content_type = "application/vnd.masstransit+json" },
            routing_key = string.Empty,
            payload,
            payload_encoding = "string",
        });
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _management.PostAsync(
            $"api/exchanges/{Name}/{Uri.EscapeDataString(exchange)}/publish", content);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        await _management.DeleteAsync($"api/vhosts/{Name}");
        _management.Dispose();
    }
}
