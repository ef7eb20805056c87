using Azure;
using CardProcessor.DocumentIntelligence.Tests.Support;
using CardProcessor.Extraction;

namespace CardProcessor.DocumentIntelligence.Tests.Client;

public sealed class TokenAuthenticationTests(HttpsEmulatorFixture emulator) : IClassFixture<HttpsEmulatorFixture>
{
    private static readonly byte[] _pdf = SharedFixtures.Bytes("car", "car-2001-002.pdf");

    [Fact]
    public async Task Token_for_cognitive_services_is_accepted_over_https()
    {
        var credential = new AudienceTokenCredential("https://cognitiveservices.azure.com");
        var client = new DocumentIntelligenceClient(emulator.Endpoint, credential, TrustingOptions());

        var analysis = await client.AnalyzeLayoutAsync(new MemoryStream(_pdf),
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("https", emulator.Endpoint.Scheme);
        LayoutAssert.SameWords(PdfLayoutReader.ReadPages(new MemoryStream(_pdf)).ToList(), analysis.Pages, 1e-6);
        Assert.Contains("https://cognitiveservices.azure.com/.default", credential.RequestedScopes);
        Assert.All(credential.RequestedScopes, scope => Assert.Equal(DocumentIntelligenceClient.TokenScope, scope));
    }

    [Fact]
    public async Task Token_for_another_audience_is_rejected()
    {
        var client = new DocumentIntelligenceClient(emulator.Endpoint,
            new AudienceTokenCredential("https://storage.azure.com"), TrustingOptions());

        var error = await Assert.ThrowsAsync<RequestFailedException>(
            () =>
                client.AnalyzeLayoutAsync(new MemoryStream(_pdf),
                cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(401, error.Status);
        Assert.Equal("401", error.ErrorCode);
    }

    [Fact]
    public async Task Key_still_works_over_https()
    {
        var client = new DocumentIntelligenceClient(emulator.Endpoint, new AzureKeyCredential(EmulatorFixture.Key),
            TrustingOptions());

        var analysis = await client.AnalyzeLayoutAsync(new MemoryStream(_pdf),
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEmpty(analysis.Pages);
    }

    [Fact]
    public async Task An_untrusted_certificate_is_refused()
    {
        var client = new DocumentIntelligenceClient(emulator.Endpoint, new AzureKeyCredential(EmulatorFixture.Key),
            EmulatorFixture.FastOptions(configure: o => o.Retry.MaxRetries = 0));

        await Assert.ThrowsAsync<RequestFailedException>(
            () =>
                client.AnalyzeLayoutAsync(new MemoryStream(_pdf),
                cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Azure_core_refuses_to_send_a_token_over_plain_http()
    {
        var plain = new UriBuilder(emulator.Endpoint) { Scheme = "http" }.Uri;
        var client = new DocumentIntelligenceClient(plain,
            new AudienceTokenCredential("https://cognitiveservices.azure.com"), EmulatorFixture.FastOptions());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () =>
                client.AnalyzeLayoutAsync(new MemoryStream(_pdf),
                cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("https", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    private DocumentIntelligenceClientOptions TrustingOptions() =>
        EmulatorFixture.FastOptions(configure: options => options.Transport = emulator.CreateTrustingTransport());
}
