using System.Security.Cryptography;
using System.Text;
using DocumentIntelligenceEmulator.Api;
using DocumentIntelligenceEmulator.Diagnostics;
using Microsoft.Extensions.Options;

namespace DocumentIntelligenceEmulator.Auth;

/// <summary>
/// Checks the key (<c>Ocp-Apim-Subscription-Key</c>) or bearer token of every request to the API, before
/// anything else, and answers failures with the gateway's 401 envelope.
/// </summary>
internal sealed class CredentialCheckMiddleware(
    RequestDelegate next,
    IOptions<EmulatorOptions> options,
    TimeProvider time,
    ILogger<CredentialCheckMiddleware> logger)
{
    public const string KeyHeader = "Ocp-Apim-Subscription-Key";

    public async Task InvokeAsync(HttpContext context)
    {
        var rejection = Check(context.Request);
        if (rejection is null)
        {
            await next(context);
            return;
        }

        EmulatorLog.CredentialsRejected(logger, context.Request.Method, context.Request.Path, rejection);
        await ServiceErrors.AccessDenied().ExecuteAsync(context);
    }

    /// <summary>Why the request is refused, or null to let it through.</summary>
    private string? Check(HttpRequest request)
    {
        var settings = options.Value;
        if (request.Headers.TryGetValue(KeyHeader, out var key))
        {
            return settings.Key is null || FixedTimeEquals(key.ToString(), settings.Key) ? null : "wrong key";
        }

        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            if (!settings.AcceptBearerTokens)
            {
                return "bearer tokens are turned off";
            }

            return BearerTokenAudience.IsValid(authorization["Bearer ".Length..].Trim(), time.GetUtcNow())
                ? null
                : "token not for the Cognitive Services audience, or expired";
        }

        return settings.Key is null ? null : "no credentials";
    }

    private static bool FixedTimeEquals(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
}
