using System.ComponentModel.DataAnnotations;
using CardProcessor.Api.Authentication;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using CardProcessor.Data.Sessions;
using CardProcessor.Processing.Auditing;
using CardProcessor.Processing.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Sessions;

public sealed record CreateSessionRequest(
    [property: Required, StringLength(200, MinimumLength = 1)] string Name,
    [property: Required] DateOnly? PeriodStart,
    [property: Required] DateOnly? PeriodEnd,
    Guid? ParentSessionId,
    bool CopyDocuments = false);

internal static class CreateSession
{
    /// <summary>
    /// Creates a Draft session. A child of an earlier session (a re-run or a correction) may start with
    /// copies of its parent's documents (<c>copyDocuments</c>), ready to process again.
    /// </summary>
    public static async Task<Results<Created<SessionResponse>, ProblemHttpResult>> HandleAsync(
        CreateSessionRequest request,
        CardProcessorDbContext db,
        IDocumentStore store,
        HttpContext http,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (request.PeriodEnd < request.PeriodStart)
        {
            return Problems.BadRequest("periodEnd must not be before periodStart.");
        }

        if (request.ParentSessionId is { } parentId
            && !await db.Sessions.AnyAsync(s => s.Id == parentId, cancellationToken))
        {
            return Problems.BadRequest($"Parent session {parentId} does not exist.");
        }

        if (request.CopyDocuments && request.ParentSessionId is null)
        {
            return Problems.BadRequest("copyDocuments needs a parentSessionId.");
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
        if (request.CopyDocuments)
        {
            await ParentDocuments.CopyAsync(
                db, store, request.ParentSessionId!.Value, session, actor.Name, now, cancellationToken);
        }

        db.Audit(actor, SessionAudit.Created(session));
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Created($"/api/v1/sessions/{session.Id}", SessionResponse.From(session));
    }
}
