using CardProcessor.DevIdentity.Authorization;

namespace CardProcessor.DevIdentity;

/// <summary>
/// The token endpoint's <c>authorization_code</c> grant: the code is redeemed once, by the client it was issued to,
/// with the same redirect URI and the PKCE verifier matching its challenge; the answer carries an ID token and an
/// access token for the API's scopes with the chosen role, as Entra ID's would.
/// </summary>
internal static class AuthorizationCodeGrant
{
    public static IResult Redeem(IFormCollection form, AuthorizationCodes codes, TokenIssuer issuer)
    {
        var issued = form["code"].FirstOrDefault() is { Length: > 0 } code ? codes.Redeem(code) : null;
        if (issued is null)
        {
            return Refuse("invalid_grant", "The authorization code is unknown, expired or already used.");
        }

        var request = issued.Request;
        if (form["client_id"].FirstOrDefault() != request.ClientId)
        {
            return Refuse("invalid_client", "The code was issued to another client.");
        }

        if (form["redirect_uri"].FirstOrDefault() != request.RedirectUri)
        {
            return Refuse("invalid_grant", "redirect_uri differs from the one the code was issued for.");
        }

        if (!Pkce.Verifies(form["code_verifier"].FirstOrDefault(), request.CodeChallenge))
        {
            return Refuse("invalid_grant", "The PKCE code_verifier does not match the code_challenge.");
        }

        // The scopes asked for now, else those asked for at sign-in; only the API's own become the token's scp.
        var asked = form["scope"].FirstOrDefault() is { Length: > 0 } scope ? scope : request.Scope;
        var prefix = issuer.Options.Audience.TrimEnd('/') + "/";
        var apiScopes = asked.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(s => s.StartsWith(prefix, StringComparison.Ordinal))
            .ToList();
        string[] roles = [issued.User.Role];
        var lifetime = issuer.Options.TokenLifetime;
        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["scope"] = string.Join(' ', apiScopes),
            ["expires_in"] = (int)lifetime.TotalSeconds,
            ["ext_expires_in"] = (int)lifetime.TotalSeconds,
            ["access_token"] = issuer.CreateToken(
                roles, issued.User.Name, scopes: apiScopes.Select(s => s[prefix.Length..]).ToList()),
            ["id_token"] = issuer.CreateIdToken(request.ClientId, request.Nonce, roles, issued.User.Name),
            ["client_info"] = issuer.ClientInfo(issued.User.Name),
        });
    }

    private static IResult Refuse(string error, string description) =>
        Results.BadRequest(new { error, error_description = description });
}
