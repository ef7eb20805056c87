using System.Net.Http.Headers;
using CardProcessor.Api.Tests.Infrastructure;

namespace CardProcessor.Api.Tests.Reports;

/// <summary>
/// A second API over the same database, broker and identity as a fixture's, with some settings of its
/// own: how a configuration choice is tested against the fixture's seeded sessions.
/// </summary>
internal sealed class ConfiguredApi(ApiFixture api, IEnumerable<KeyValuePair<string, string?>> settings)
    : IAsyncDisposable
{
    private readonly ApiFactory _factory = new([.. api.Settings, .. settings]);

    public HttpClient ClientFor(params string[] roles)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            api.Identity.TokenFor(roles));
        return client;
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}

internal static class ConfiguredApiExtensions
{
    public static ConfiguredApi WithSetting(this ApiFixture api, string key, string value) =>
        new(api, [new(key, value)]);
}
