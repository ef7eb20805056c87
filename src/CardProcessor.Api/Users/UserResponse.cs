using System.Linq.Expressions;
using CardProcessor.Data.Users;

namespace CardProcessor.Api.Users;

/// <summary>A person who has signed in, with the roles their token carried the last time.</summary>
public sealed record UserResponse(
    string ObjectId,
    string Name,
    string? Email,
    IReadOnlyList<string> Roles,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen)
{
    public static readonly Expression<Func<AppUser, UserResponse>> Projection = u =>
        new UserResponse(u.ObjectId, u.Name, u.Email, u.Roles, u.FirstSeenAt, u.LastSeenAt);
}
