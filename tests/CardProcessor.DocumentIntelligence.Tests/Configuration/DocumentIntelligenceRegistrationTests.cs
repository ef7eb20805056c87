using CardProcessor.DocumentIntelligence.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CardProcessor.DocumentIntelligence.Tests.Configuration;

public sealed class DocumentIntelligenceRegistrationTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public void An_absent_section_is_valid_and_means_not_configured()
    {
        using var services = Build([]);

        services.GetRequiredService<IStartupValidator>().Validate();
        var provider = services.GetRequiredService<DocumentIntelligenceClientProvider>();

        Assert.False(provider.IsConfigured);
        Assert.False(provider.TryGetClient(out _));
        var error = Assert.Throws<InvalidOperationException>(provider.GetClient);
        Assert.Contains("DocumentIntelligence:Endpoint", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://di.example.net/", null, null, "ApiKey")]
    [InlineData(null, "secret", null, "Endpoint")]
    [InlineData("ftp://di.example.net/", "secret", null, "Endpoint")]
    [InlineData("http://di.example.net/", null, "WorkloadIdentity", "https")]
    public void A_half_filled_section_stops_the_start(string? endpoint, string? key, string? authentication,
        string complaint)
    {
        using var services = Build(new()
        {
            ["DocumentIntelligence:Endpoint"] = endpoint,
            ["DocumentIntelligence:ApiKey"] = key,
            ["DocumentIntelligence:Authentication"] = authentication,
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>()
            .Validate());

        Assert.Contains(complaint, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_range_timings_stop_the_start()
    {
        using var services = Build(new()
        {
            ["DocumentIntelligence:Endpoint"] = "https://di.example.net/",
            ["DocumentIntelligence:ApiKey"] = "secret",
            ["DocumentIntelligence:Timeout"] = "00:00:00",
        });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
    }

    [Fact]
    public async Task A_configured_section_gives_a_working_client()
    {
        using var services = Build(
            new()
            {
                ["DocumentIntelligence:Endpoint"] = emulator.Endpoint.ToString(),
                ["DocumentIntelligence:ApiKey"] = EmulatorFixture.Key,
                ["DocumentIntelligence:PollInterval"] = "00:00:00.010",
                ["DocumentIntelligence:Timeout"] = "00:00:20",
            });
        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.True(services.GetRequiredService<DocumentIntelligenceClientProvider>().TryGetClient(out var client));
        var analysis = await client.AnalyzeLayoutAsync(
            new MemoryStream(SharedFixtures.Bytes("car", "car-2001-002.pdf")),
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEmpty(analysis.Pages[0].Words);
        Assert.Same(client, services.GetRequiredService<DocumentIntelligenceClientProvider>().GetClient());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddDocumentIntelligence(configuration)
            .BuildServiceProvider();
    }
}
