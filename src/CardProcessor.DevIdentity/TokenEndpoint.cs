using System.Globalization;
using CardProcessor.DevIdentity.Authorization;

namespace CardProcessor.DevIdentity;

/// <summary>
/// Issues a token for the roles asked for, or redeems an authorization code from the sign-in page. Entra ID
/// would authenticate the caller first; this development issuer trusts whoever can reach its loopback port.
/// </summary>
internal static class TokenEndpoint
{
    public static async Task<IResult> IssueAsync(HttpRequest request, TokenIssuer issuer, AuthorizationCodes codes)
    {
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        if (form["grant_type"].FirstOrDefault() == "authorization_code")
        {
            return AuthorizationCodeGrant.Redeem(form, codes, issuer);
        }

        var roles = form["role"].Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r!).ToList();
        var user = form["username"].FirstOrDefault() ?? "dev.user@cardprocessor.local";
        TimeSpan? lifetime = int.TryParse(form["lifetime_seconds"], CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds) : null;
        var token = issuer.CreateToken(roles, user, form["audience"].FirstOrDefault(), lifetime);
        return Results.Json(new
        {
            access_token = token,
            token_type = "Bearer",
            expires_in = (int)(lifetime ?? issuer.Options.TokenLifetime).TotalSeconds,
        });
    }
}
