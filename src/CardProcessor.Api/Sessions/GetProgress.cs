using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Sessions;

internal static class GetProgress
{
    public static async Task<Results<Ok<ProgressResponse>, ProblemHttpResult>> HandleAsync(
        Guid id,
        CardProcessorDbContext db,
        CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking()
            .Include(s => s.Documents)
            .FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return session is null ? Problems.NotFound($"Session {id}") : TypedResults.Ok(ProgressResponse.From(session));
    }
}
