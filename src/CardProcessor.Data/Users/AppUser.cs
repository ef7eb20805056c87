namespace CardProcessor.Data.Users;

/// <summary>
/// Someone who has signed in, as their token last described them, so that assignees are picked
/// from a list rather than typed. The identity provider stays the authority on roles: these are
/// what was last seen, never what is granted.
/// </summary>
public sealed class AppUser
{
    /// <summary>Entra ID's object id (<c>oid</c>), stable for the person across names and e-mail changes.</summary>
    public required string ObjectId { get; init; }

    public required string Name { get; init; }

    public string? Email { get; init; }

    public List<string> Roles { get; init; } = [];

    public DateTimeOffset FirstSeenAt { get; init; }

    public DateTimeOffset LastSeenAt { get; init; }
}
