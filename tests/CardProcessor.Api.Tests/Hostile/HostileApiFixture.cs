using CardProcessor.Api.Tests.Infrastructure;
using CardProcessor.Extraction.Tests.Hostile;

namespace CardProcessor.Api.Tests.Hostile;

/// <summary>
/// The API with the production size limit (64 MiB), so that the corpus meets the real bounds, warmed
/// by one ordinary upload: the time bound is a running service's, not a cold start's JIT.
/// </summary>
public sealed class HostileApiFixture : ApiFixture, IAsyncLifetime
{
    public override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        .. base.Settings.Where(s => s.Key != "Extraction:Limits:MaxFileBytes"),
        new("Extraction:Limits:MaxFileBytes", "67108864"),
    ];

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        using var client = ClientFor("Processor");
        var session = await client.CreateSessionAsync();
        using var warm = await client.PostAsync(
            $"/api/v1/sessions/{session.GetProperty("id")}/documents",
            Fixtures.Upload(HostileStatements.StatementPath));
        warm.EnsureSuccessStatusCode();
    }
}
