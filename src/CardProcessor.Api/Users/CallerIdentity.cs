using System.Security.Claims;

namespace CardProcessor.Api.Users;

/// <summary>The caller as their token says: Entra ID's claims, whether or not the handler mapped them.</summary>
internal sealed record CallerIdentity(string ObjectId, string Name, string? Email, IReadOnlyList<string> Roles)
{
    private const string ObjectIdUri = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    public static CallerIdentity From(ClaimsPrincipal user)
    {
        var name = user.FindFirstValue("name") ?? user.FindFirstValue("preferred_username") ?? "unknown";
        var objectId = ObjectIdOf(user) ?? user.FindFirstValue("sub") ?? name;
        var email = user.FindFirstValue("email") ?? user.FindFirstValue(ClaimTypes.Email)
            ?? user.FindFirstValue("upn") ?? LooksLikeEmail(user.FindFirstValue("preferred_username"));
        var roles = user.FindAll(ClaimTypes.Role).Concat(user.FindAll("roles"))
            .Select(c => c.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new CallerIdentity(objectId, name, email, roles);
    }

    /// <summary>Entra ID's object id, whether or not the handler mapped the claim to its long name.</summary>
    public static string? ObjectIdOf(ClaimsPrincipal user) => user.FindFirstValue("oid")
        ?? user.FindFirstValue(ObjectIdUri) ?? user.FindFirstValue(ClaimTypes.NameIdentifier);

    private static string? LooksLikeEmail(string? value) => value is not null && value.Contains('@') ? value : null;
}
