using System.ComponentModel.DataAnnotations;
using CardProcessor.Api.Authentication;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Api.Hosting;
using CardProcessor.Data;
using CardProcessor.Data.Sessions;
using CardProcessor.Processing.Auditing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Sessions;

public sealed record UpdateSessionRequest(
    [property: StringLength(200, MinimumLength = 1)] string? Name,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd);

internal static class UpdateSession
{
    public static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, UpdateSessionRequest request, CardProcessorDbContext db, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return Problems.NotFound($"Session {id}");
        }

        if (db.CheckIfMatch(http.Request, session) is { } precondition)
        {
            return precondition;
        }

        if (session.Status == SessionStatus.Approved)
        {
            return Problems.Conflict("An approved session is frozen; create a child session to correct it.");
        }

        var periodChanges = request.PeriodStart is not null || request.PeriodEnd is not null;
        if (periodChanges && session.Status != SessionStatus.Draft)
        {
            return Problems.Conflict("The billing period can only change while the session is a Draft.");
        }

        var before = new { session.Name, session.PeriodStart, session.PeriodEnd };
        session.Name = request.Name?.Trim() ?? session.Name;
        session.PeriodStart = request.PeriodStart ?? session.PeriodStart;
        session.PeriodEnd = request.PeriodEnd ?? session.PeriodEnd;
        if (session.PeriodEnd < session.PeriodStart)
        {
            return Problems.BadRequest("periodEnd must not be before periodStart.");
        }

        session.UpdatedAt = time.GetUtcNow();
        db.Audit(CurrentUser.ActorOf(http), "session.updated", "session", session.Id, before, new { session.Name, session.PeriodStart, session.PeriodEnd }, time);
        await db.SaveChangesAsync(cancellationToken);

        var response = await db.Sessions.Where(s => s.Id == id).Select(SessionResponse.Projection).FirstAsync(cancellationToken);
        http.Response.Headers.ETag = response.ETag;
        return TypedResults.Ok(response);
    }
}
