using Microsoft.AspNetCore.Authentication;

namespace CardProcessor.Web.Api;

/// <summary>
/// The access token the OpenID Connect handler received at sign-in and keeps in the encrypted cookie: used only
/// with the development issuer, whose http address MSAL refuses (see WebAuthentication).
/// </summary>
internal sealed class SavedTokenSource(IHttpContextAccessor http) : IUserTokenSource
{
    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("No request to take the token from.");
        return await context.GetTokenAsync("access_token")
            ?? throw new InvalidOperationException("The sign-in cookie carries no access token; sign in again.");
    }
}
