using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Azure.Core;

namespace CardProcessor.ServiceDefaults.Tests.Support;

/// <summary>
/// The one stand-in for Entra ID: hands out an unsigned JWT whose <c>aud</c> is the requested scope without
/// <c>/.default</c>, as Entra ID would, and records what it was asked for. A client that asked for the wrong scope
/// thus gets a token the emulator refuses.
/// </summary>
internal sealed class VaultScopeTokenCredential : TokenCredential
{
    private const string DefaultSuffix = "/.default";
    private readonly List<TokenRequestContext> _requests = [];

    public IReadOnlyList<TokenRequestContext> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        lock (_requests)
        {
            _requests.Add(requestContext);
        }

        var expires = DateTimeOffset.UtcNow.AddHours(1);
        var audience = requestContext.Scopes.Single();
        audience = audience.EndsWith(DefaultSuffix, StringComparison.Ordinal) ? audience[..^DefaultSuffix.Length]
            : audience;
        var header = Encode(new { alg = "none", typ = "JWT" });
        var payload = Encode(new { aud = audience, tid = requestContext.TenantId, exp = expires.ToUnixTimeSeconds() });
        return new AccessToken($"{header}.{payload}.", expires);
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext,
        CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));

    private static string Encode(object value) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value)));
}
