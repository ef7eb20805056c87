using KeyVaultEmulator.Api;
using KeyVaultEmulator.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace KeyVaultEmulator.Auth;

/// <summary>
/// Lets through only requests with a bearer token for Key Vault that has not expired. Anything else gets 401 with
/// the challenge, before the body is read: the client's first request carries neither token nor body.
/// </summary>
internal sealed class VaultAuthenticationMiddleware(
    RequestDelegate next,
    VaultChallenge challenge,
    TimeProvider time,
    ILogger<VaultAuthenticationMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        var rejection = Check(authorization);
        if (rejection is null)
        {
            await next(context);
            return;
        }

        EmulatorLog.Challenged(logger, context.Request.Method, context.Request.Path, rejection.Value!.Error.Message);
        context.Response.Headers[HeaderNames.WWWAuthenticate] = challenge.HeaderValue;
        await rejection.ExecuteAsync(context);
    }

    private JsonHttpResult<ErrorEnvelope>? Check(string authorization)
    {
        if (string.IsNullOrEmpty(authorization))
        {
            return VaultErrors.MissingToken();
        }

        var token = BearerToken.FromHeader(authorization);
        if (token is null)
        {
            return VaultErrors.InvalidToken("The Authorization header is not a bearer JWT.");
        }

        if (!token.IsFor(VaultChallenge.Resource))
        {
            return VaultErrors.InvalidToken(
                $"AKV10022: Invalid audience. Expected {VaultChallenge.Resource}, found: "
                + $"{string.Join(", ", token.Audiences)}.");
        }

        return token.ExpiresOn <= time.GetUtcNow() ? VaultErrors.InvalidToken("The access token has expired.") : null;
    }
}
