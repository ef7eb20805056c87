using CardProcessor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Users;

internal static class ListUsers
{
    private const int MaxUsers = 200;

    /// <summary>People who have signed in, by name, for picking an assignee; <c>search</c> matches name or
    /// e-mail.</summary>
    public static async Task<Ok<UserListResponse>> HandleAsync(
        string? search, CardProcessorDbContext db, CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            // The term's own wildcards are escaped, so a search for "a_b" means what it says.
            var term = search.Trim().Replace(@"\", @"\\", StringComparison.Ordinal)
                .Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
            var pattern = $"%{term}%";
            users = users.Where(u => EF.Functions.ILike(u.Name, pattern, @"\")
                || (u.Email != null && EF.Functions.ILike(u.Email, pattern, @"\")));
        }

        var items = await users.OrderBy(u => u.Name).ThenBy(u => u.ObjectId).Take(MaxUsers)
            .Select(UserResponse.Projection).ToListAsync(cancellationToken);
        return TypedResults.Ok(new UserListResponse(items));
    }
}
