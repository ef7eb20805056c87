extern alias devidentity;

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using devidentity::CardProcessor.DevIdentity;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CardProcessor.Web.EndToEnd.Support;

/// <summary>
/// Everything the web app needs, for real: PostgreSQL, a RabbitMQ virtual host, Azurite (documents and the web
/// app's data protection keys), the development issuer with its sign-in page, the API, the worker and the web app
/// as processes, and Debian's Chromium driven by Playwright. One session is processed through the API up front
/// for the reviewer's steps.
/// </summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    private WebApplication _identity = null!;

    public TestDatabase Database { get; private set; } = null!;

    public TestVirtualHost Broker { get; private set; } = null!;

    public TokenIssuer Issuer { get; private set; } = null!;

    public ServiceProcess Api { get; private set; } = null!;

    public ServiceProcess Worker { get; private set; } = null!;

    public ServiceProcess Web { get; private set; } = null!;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>A session processed to Review from the fixture pair, for the reviewer's and reader's steps.</summary>
    public Guid ReviewSessionId { get; private set; }

    public static string Statement => TestEnvironment.SharedFixture("car/car-2001-000.pdf");

    public static string Receipts => TestEnvironment.SharedFixture("car/receipt-images-2001-000.pdf");

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Broker = await TestVirtualHost.CreateAsync();
        _identity = DevIdentityApp.Build(["--urls", "http://127.0.0.1:0", "--environment", "Development"]);
        await _identity.StartAsync();
        Issuer = _identity.Services.GetRequiredService<TokenIssuer>();
        var instance = Issuer.Issuer[..Issuer.Issuer.IndexOf(Issuer.Options.TenantId, StringComparison.Ordinal)];
        var identity = new Dictionary<string, string?>
        {
            ["AzureAd:Instance"] = instance,
            ["AzureAd:TenantId"] = Issuer.Options.TenantId,
            ["AzureAd:Audience"] = Issuer.Options.Audience,
        };
        var settings = new Dictionary<string, string?>(identity)
        {
            ["AzureAd:ClientId"] = "cardprocessor-api",
            ["ConnectionStrings:Postgres"] = Database.ConnectionString,
            ["Messaging:Transport"] = "RabbitMq",
            ["Messaging:RabbitMqUri"] = Broker.Uri.ToString(),
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:ConnectionString"] = TestEnvironment.Blobs,
            ["Storage:ContainerName"] = $"cp-web-e2e-{Guid.NewGuid():N}",
            ["Outbox:PollInterval"] = "00:00:00.250",
            ["Extraction:Mode"] = "Local",
        };
        Worker = await ServiceProcess.StartAsync("CardProcessor.Worker", settings);
        Api = await ServiceProcess.StartAsync("CardProcessor.Api", settings);
        Web = await ServiceProcess.StartAsync("CardProcessor.Web", new Dictionary<string, string?>(identity)
        {
            ["AzureAd:ClientId"] = "cardprocessor-web",
            ["AzureAd:ClientSecret"] = "end-to-end",
            ["Api:BaseAddress"] = Api.Address.ToString(),
            ["Api:Scopes:0"] = $"{Issuer.Options.Audience}/access_as_user",
            ["DataProtection:ConnectionString"] = TestEnvironment.Blobs,
            ["DataProtection:ContainerName"] = $"cp-web-keys-{Guid.NewGuid():N}",
        });
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox"],
        });
        ReviewSessionId = await ProcessThroughApiAsync();
    }

    public HttpClient ApiClientFor(string role)
    {
        var client = new HttpClient { BaseAddress = new Uri(Api.Address, "/api/v1/"),
            Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", Issuer.CreateToken([role], $"{role.ToLowerInvariant()}@tests.local"));
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await Web.DisposeAsync();
        await Api.DisposeAsync();
        await Worker.DisposeAsync();
        await _identity.DisposeAsync();
        await Broker.DisposeAsync();
        await Database.DisposeAsync();
    }

    private async Task<Guid> ProcessThroughApiAsync()
    {
        using var api = ApiClientFor("Processor");
        var created = await api.PostAsJsonAsync("sessions", new
        {
            name = "Reviewed in the browser", periodStart = "2024-06-01", periodEnd = "2024-06-30",
        });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        foreach (var file in new[] { Statement, Receipts })
        {
            using var form = new MultipartFormDataContent();
            var content = new StreamContent(File.OpenRead(file));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(content, "file", Path.GetFileName(file));
            (await api.PostAsync($"sessions/{id}/documents", form)).EnsureSuccessStatusCode();
        }

        (await api.PostAsync($"sessions/{id}/process", null)).EnsureSuccessStatusCode();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            var progress = await api.GetFromJsonAsync<JsonElement>($"sessions/{id}/progress");
            var status = progress.GetProperty("status").GetString();
            if (status == "Review")
            {
                return id;
            }

            if (status == "Failed")
            {
                throw new InvalidOperationException($"The fixture pair failed to process: {progress}");
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("The fixture pair did not reach Review in 3 minutes.");
    }
}
