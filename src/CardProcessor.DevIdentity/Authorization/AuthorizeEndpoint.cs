using Microsoft.AspNetCore.WebUtilities;

namespace CardProcessor.DevIdentity.Authorization;

/// <summary>
/// <c>/{tenant}/oauth2/v2.0/authorize</c>: GET shows the sign-in page for a code + PKCE request, POST (the page's
/// form) hands the client an authorization code, by redirect or by <c>form_post</c> as it asked.
/// </summary>
internal static class AuthorizeEndpoint
{
    public static IResult Show(HttpRequest request)
    {
        var (parsed, error) = AuthorizationRequest.Read(name => request.Query[name].FirstOrDefault());
        if (parsed is null)
        {
            return Results.BadRequest(new { error = "invalid_request", error_description = error });
        }

        var fields = AuthorizationRequest.Fields.Select(name =>
            KeyValuePair.Create(name, request.Query[name].FirstOrDefault()));
        return Results.Content(SignInPage.Render(fields), "text/html; charset=utf-8");
    }

    public static async Task<IResult> SignInAsync(HttpRequest request, AuthorizationCodes codes, TokenIssuer issuer)
    {
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var (parsed, error) = AuthorizationRequest.Read(name => form[name].FirstOrDefault());
        if (parsed is null)
        {
            return Results.BadRequest(new { error = "invalid_request", error_description = error });
        }

        var name = form["username"].FirstOrDefault()?.Trim();
        var role = form["role"].FirstOrDefault();
        if (string.IsNullOrEmpty(name) || !SignInPage.Roles.Contains(role))
        {
            var fields = AuthorizationRequest.Fields.Select(field =>
                KeyValuePair.Create(field, form[field].FirstOrDefault()));
            return Results.Content(
                SignInPage.Render(fields, "Enter a user name and choose one of the roles."),
                "text/html; charset=utf-8",
                statusCode: StatusCodes.Status400BadRequest);
        }

        var user = new SignedInUser(name, role!);
        var answer = new Dictionary<string, string?>
        {
            ["code"] = codes.Issue(parsed, user),
            ["state"] = parsed.State,
            // Entra ID returns client_info with the code; Microsoft.Identity.Web keys its token cache by it.
            ["client_info"] = issuer.ClientInfo(user.Name),
        };
        return parsed.ResponseMode == "form_post"
            ? Results.Content(SignInPage.FormPost(parsed.RedirectUri, answer), "text/html; charset=utf-8")
            : Results.Redirect(QueryHelpers.AddQueryString(parsed.RedirectUri, answer));
    }
}
