using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace CardProcessor.Web.Api;

/// <summary>
/// MSAL's token for the user of the current request, from its cache or refreshed. When it has none (a replica
/// that has not seen this user), Microsoft.Identity.Web throws its challenge exception and the pipeline sends
/// the user through sign-in again (<see cref="Hosting.SignInAgainMiddleware"/>).
/// </summary>
internal sealed class UserTokenSource(
    IHttpContextAccessor http, ITokenAcquisition tokens, IOptions<ApiOptions> options) : IUserTokenSource
{
    public Task<string> GetAccessTokenAsync(CancellationToken cancellationToken) =>
        tokens.GetAccessTokenForUserAsync(
            options.Value.Scopes,
            user: http.HttpContext?.User,
            tokenAcquisitionOptions: new TokenAcquisitionOptions { CancellationToken = cancellationToken });
}
