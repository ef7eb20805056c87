using System.ComponentModel.DataAnnotations;
using CardProcessor.Api.Authentication;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using CardProcessor.Data.Sessions;
using CardProcessor.Processing.Auditing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Sessions;

public sealed record CreateSessionRequest(
    [property: Required, StringLength(200, MinimumLength = 1)] string Name,
    [property: Required] DateOnly? PeriodStart,
    [property: Required] DateOnly? PeriodEnd,
    Guid? ParentSessionId);

internal static class CreateSession
{
    public static async Task<Results<Created<SessionResponse>, ProblemHttpResult>> HandleAsync(
        CreateSessionRequest request, CardProcessorDbContext db, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.PeriodEnd < request.PeriodStart)
        {
            return Problems.BadRequest("periodEnd must not be before periodStart.");
        }

        if (request.ParentSessionId is { } parentId && !await db.Sessions.AnyAsync(s => s.Id == parentId, cancellationToken))
        {
            return Problems.BadRequest($"Parent session {parentId} does not exist.");
        }

        var now = time.GetUtcNow();
        var actor = CurrentUser.ActorOf(http);
        var session = new ProcessingSession
        {
            Id = Guid.CreateVersion7(),
            Name = request.Name.Trim(),
            PeriodStart = request.PeriodStart!.Value,
            PeriodEnd = request.PeriodEnd!.Value,
            ParentSessionId = request.ParentSessionId,
            CreatedBy = actor.Name,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Sessions.Add(session);
        db.Audit(actor, "session.created", "session", session.Id, null, new { session.Name, session.PeriodStart, session.PeriodEnd, session.ParentSessionId }, time);
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Created($"/api/v1/sessions/{session.Id}", SessionResponse.From(session));
    }
}
