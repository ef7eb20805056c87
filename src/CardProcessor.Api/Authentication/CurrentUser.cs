using System.Security.Claims;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Processing.Auditing;

namespace CardProcessor.Api.Authentication;

/// <summary>The signed-in caller, as the audit log names them.</summary>
internal static class CurrentUser
{
    public static string NameOf(ClaimsPrincipal user) =>
        user.FindFirstValue("preferred_username")
        ?? user.FindFirstValue("name")
        ?? user.FindFirstValue("http://schemas.microsoft.com/identity/claims/objectidentifier")
        ?? user.FindFirstValue("oid")
        ?? user.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? "unknown";

    public static AuditActor ActorOf(HttpContext context) =>
        new(NameOf(context.User), CorrelationIds.Of(context));
}
