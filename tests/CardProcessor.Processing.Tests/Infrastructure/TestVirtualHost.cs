using System.Net.Http.Headers;
using System.Text;

namespace CardProcessor.Processing.Tests.Infrastructure;

/// <summary>A RabbitMQ virtual host of its own for one test class, deleted afterwards.</summary>
public sealed class TestVirtualHost : IAsyncDisposable
{
    private readonly HttpClient _management;

    private TestVirtualHost(string name, HttpClient management)
    {
        Name = name;
        _management = management;
        Uri = new UriBuilder(TestEnvironment.RabbitMq) { Path = "/" + Uri.EscapeDataString(name) }.Uri;
    }

    public string Name { get; }

    /// <summary>The amqp URI with this virtual host.</summary>
    public Uri Uri { get; }

    public static async Task<TestVirtualHost> CreateAsync()
    {
        var management = TestEnvironment.RabbitMqManagement;
        var credentials = Uri.UnescapeDataString(management.UserInfo);
        var client = new HttpClient { BaseAddress = new UriBuilder(management) { UserName = string.Empty, Password = string.Empty }.Uri };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        var name = $"cp-test-{Guid.NewGuid():N}";
        (await client.PutAsync($"api/vhosts/{name}", null)).EnsureSuccessStatusCode();
        using var permissions = new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json");
        (await client.PutAsync($"api/permissions/{name}/{credentials.Split(':')[0]}", permissions)).EnsureSuccessStatusCode();
        return new TestVirtualHost(name, client);
    }

    public async ValueTask DisposeAsync()
    {
        await _management.DeleteAsync($"api/vhosts/{Name}");
        _management.Dispose();
    }
}
