using CardProcessor.Api.ErrorHandling;
using CardProcessor.Api.Concurrency;
using CardProcessor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Sessions;

internal static class GetSession
{
    public static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, CardProcessorDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.Where(s => s.Id == id)
            .Select(SessionResponse.Projection)
            .FirstOrDefaultAsync(cancellationToken);
        if (session is null)
        {
            return Problems.NotFound($"Session {id}");
        }

        response.Headers.ETag = session.ETag;
        return TypedResults.Ok(session);
    }
}
