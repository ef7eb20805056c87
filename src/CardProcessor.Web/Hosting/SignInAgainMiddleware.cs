using Microsoft.AspNetCore.Authentication;
using Microsoft.Identity.Web;

namespace CardProcessor.Web.Hosting;

/// <summary>
/// When MSAL has no token for the user (this replica has not seen them, or their session at Entra ID ended), the
/// user goes through sign-in again and comes back to the page they asked for, instead of seeing an error.
/// </summary>
internal sealed class SignInAgainMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (FindChallenge(exception) is not null && !context.Response.HasStarted)
        {
            await context.ChallengeAsync(new AuthenticationProperties
            {
                RedirectUri = context.Request.Path + context.Request.QueryString,
            });
        }
    }

    private static MicrosoftIdentityWebChallengeUserException? FindChallenge(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is MicrosoftIdentityWebChallengeUserException challenge)
            {
                return challenge;
            }
        }

        return null;
    }
}
