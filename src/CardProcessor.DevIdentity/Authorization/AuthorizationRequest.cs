namespace CardProcessor.DevIdentity.Authorization;

/// <summary>
/// What a client asked for at the authorization endpoint, carried through the sign-in page and remembered with
/// the code it is answered with, so the token endpoint can check the same client, redirect URI and PKCE challenge.
/// </summary>
public sealed record AuthorizationRequest(
    string ClientId,
    string RedirectUri,
    string Scope,
    string? State,
    string? Nonce,
    string CodeChallenge,
    string ResponseMode)
{
    public static readonly string[] Fields =
        ["client_id", "redirect_uri", "scope", "state", "nonce", "code_challenge", "code_challenge_method",
            "response_type", "response_mode"];

    /// <summary>Reads the request's parameters; the reason it is refused otherwise (OAuth 2.0's
    /// invalid_request).</summary>
    public static (AuthorizationRequest? Request, string? Error) Read(Func<string, string?> parameter)
    {
        var clientId = parameter("client_id");
        var redirectUri = parameter("redirect_uri");
        if (string.IsNullOrWhiteSpace(clientId) || string.IsNullOrWhiteSpace(redirectUri))
        {
            return (null, "client_id and redirect_uri are required.");
        }

        if (!Uri.TryCreate(redirectUri, UriKind.Absolute, out var redirect)
            || (redirect.Scheme != Uri.UriSchemeHttps && !redirect.IsLoopback))
        {
            return (null, "redirect_uri must be an absolute https address, or http on a loopback host.");
        }

        if (parameter("response_type") != "code")
        {
            return (null, "Only response_type=code is supported.");
        }

        var challenge = parameter("code_challenge");
        if (string.IsNullOrWhiteSpace(challenge) || parameter("code_challenge_method") != "S256")
        {
            return (null, "PKCE is required: send code_challenge with code_challenge_method=S256.");
        }

        var mode = parameter("response_mode") is { Length: > 0 } given ? given : "query";
        if (mode is not ("query" or "form_post"))
        {
            return (null, "response_mode must be query or form_post.");
        }

        return (new AuthorizationRequest(
            clientId, redirectUri, parameter("scope") ?? "openid", parameter("state"), parameter("nonce"),
            challenge, mode), null);
    }
}
