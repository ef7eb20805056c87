using CardProcessor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Users;

internal static class GetMe
{
    /// <summary>
    /// Who the caller is, as the token says, and a note in <c>users</c> that they signed in. The
    /// upsert is one statement, so two first requests at once cannot race into a duplicate key.
    /// </summary>
    public static async Task<Ok<MeResponse>> HandleAsync(
        HttpContext http, CardProcessorDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = CallerIdentity.From(http.User);
        var now = time.GetUtcNow();
        var roles = caller.Roles.ToArray();
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO users (object_id, name, email, roles, first_seen_at, last_seen_at)
            VALUES ({caller.ObjectId}, {caller.Name}, {caller.Email}, {roles}, {now}, {now})
            ON CONFLICT (object_id) DO UPDATE SET name = excluded.name, email = excluded.email,
                roles = excluded.roles, last_seen_at = excluded.last_seen_at
            """,
            cancellationToken);
        return TypedResults.Ok(new MeResponse(caller.ObjectId, caller.Name, caller.Email, caller.Roles));
    }
}
