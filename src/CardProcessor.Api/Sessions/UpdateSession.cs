using System.ComponentModel.DataAnnotations;
using CardProcessor.Api.Authentication;
using CardProcessor.Api.Concurrency;
using CardProcessor.Api.ErrorHandling;
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
        Guid id,
        UpdateSessionRequest request,
        CardProcessorDbContext db,
        HttpContext http,
        TimeProvider time,
        CancellationToken cancellationToken)
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

        // The state's refusal (409) comes before the request's own mistake (400).
        session.Require(request.PeriodStart is null && request.PeriodEnd is null
            ? SessionAction.Edit
            : SessionAction.ChangePeriod);

        if ((request.PeriodEnd ?? session.PeriodEnd) < (request.PeriodStart ?? session.PeriodStart))
        {
            return Problems.BadRequest("periodEnd must not be before periodStart.");
        }

        var before = SessionAudit.Editable(session);
        session.Edit(request.Name?.Trim(), request.PeriodStart, request.PeriodEnd, time.GetUtcNow());
        db.Audit(CurrentUser.ActorOf(http), SessionAudit.Updated(before, session));
        await db.SaveChangesAsync(cancellationToken);

        var response = await db.Sessions.Where(s => s.Id == id).Select(SessionResponse.Projection)
            .FirstAsync(cancellationToken);
        http.Response.Headers.ETag = response.ETag;
        return TypedResults.Ok(response);
    }
}
