extern alias devidentity;

using devidentity::CardProcessor.DevIdentity;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CardProcessor.Api.Tests.Infrastructure;

/// <summary>
/// The local token issuer on a loopback port: real OpenID Connect metadata and JWKS that the API
/// fetches, and tokens signed by its key.
/// </summary>
public sealed class TestIdentity : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestIdentity(WebApplication app, TokenIssuer issuer)
    {
        _app = app;
        Issuer = issuer;
    }

    public TokenIssuer Issuer { get; }

    /// <summary>The <c>AzureAd:Instance</c> the API is configured with.</summary>
    public string Instance => Issuer.Issuer[
        ..(Issuer.Issuer.IndexOf(Issuer.Options.TenantId, StringComparison.Ordinal))];

    public IEnumerable<KeyValuePair<string, string?>> ApiConfiguration =>
    [
        new("AzureAd:Instance", Instance),
        new("AzureAd:TenantId", Issuer.Options.TenantId),
        new("AzureAd:ClientId", "cardprocessor-api"),
        new("AzureAd:Audience", Issuer.Options.Audience),
    ];

    public static async Task<TestIdentity> StartAsync()
    {
        var app = DevIdentityApp.Build(["--urls", "http://127.0.0.1:0", "--environment", "Development"]);
        await app.StartAsync();
        return new TestIdentity(app, app.Services.GetRequiredService<TokenIssuer>());
    }

    public string TokenFor(params string[] roles) =>
        Issuer.CreateToken(roles, $"{string.Join('-', roles).ToLowerInvariant()}@tests.local");

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
