using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Azure.Core;

namespace CardProcessor.DocumentIntelligence.Tests.Support;

/// <summary>
/// Hands out an unsigned JWT for one audience, as Entra ID would for the requested scope, and records the
/// scopes it was asked for.
/// </summary>
internal sealed class AudienceTokenCredential(string audience) : TokenCredential
{
    private readonly List<string> _scopes = [];

    public IReadOnlyList<string> RequestedScopes
    {
        get
        {
            lock (_scopes)
            {
                return [.. _scopes];
            }
        }
    }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        lock (_scopes)
        {
            _scopes.AddRange(requestContext.Scopes);
        }

        var expires = DateTimeOffset.UtcNow.AddHours(1);
        var header = Encode(new { alg = "none", typ = "JWT" });
        var payload = Encode(
            new { aud = audience, exp = expires.ToUnixTimeSeconds(), iss = "https://sts.windows.net/test/" });
        return new AccessToken($"{header}.{payload}.signature", expires);
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext,
        CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));

    private static string Encode(object value) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value)));
}
