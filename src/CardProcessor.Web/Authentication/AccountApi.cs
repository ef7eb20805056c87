using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace CardProcessor.Web.Authentication;

internal static class AccountApi
{
    /// <summary>Sign-in (any page also sends an anonymous visitor there) and sign-out of the app and the
    /// issuer.</summary>
    public static WebApplication MapAccountApi(this WebApplication app)
    {
        var account = app.MapGroup("/account");
        account.MapGet("/sign-in", (string? returnUrl) => TypedResults.Challenge(
            new AuthenticationProperties { RedirectUri = LocalOnly(returnUrl) },
            [OpenIdConnectDefaults.AuthenticationScheme])).AllowAnonymous();
        account.MapPost("/sign-out", () => TypedResults.SignOut(
            new AuthenticationProperties { RedirectUri = "/signed-out" },
            [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]));
        return app;
    }

    /// <summary>Only a path of this app: a return URL must never send the user to another site.</summary>
    private static string LocalOnly(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl.StartsWith('/')
            && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
