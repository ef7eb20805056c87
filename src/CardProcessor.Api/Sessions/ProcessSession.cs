using CardProcessor.Api.Authentication;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Contracts;
using CardProcessor.Data;
using CardProcessor.Data.Documents;
using CardProcessor.Data.Sessions;
using CardProcessor.Processing.Auditing;
using CardProcessor.Processing.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Sessions;

internal static class ProcessSession
{
    /// <summary>
    /// Queues every document that is not yet extracted. The status change and the messages commit in one
    /// transaction (the outbox), so a crash can neither lose the work nor queue it for a session that did not change.
    /// </summary>
    public static async Task<Results<Accepted<ProgressResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, CardProcessorDbContext db, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.Include(s => s.Documents).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return Problems.NotFound($"Session {id}");
        }

        if (session.Status is not (SessionStatus.Draft or SessionStatus.Failed))
        {
            return Problems.Conflict($"A {session.Status} session cannot be processed again; create a child session to re-run it.");
        }

        var pending = session.Documents.Where(d => d.Status is DocumentStatus.Uploaded or DocumentStatus.Failed).ToList();
        if (pending.Count == 0)
        {
            return Problems.Conflict("The session has no documents to process; upload a statement and a receipt report first.");
        }

        var actor = CurrentUser.ActorOf(http);
        var before = new { session.Status };
        foreach (var document in pending)
        {
            document.Status = DocumentStatus.Queued;
            document.Error = null;
            document.PagesDone = 0;
            db.AddOutboxMessage(new ProcessDocument(document.Id, session.Id, document.BlobName), actor.CorrelationId);
        }

        session.Status = SessionStatus.Processing;
        session.ProcessingStartedAt = time.GetUtcNow();
        session.ProcessingCompletedAt = null;
        session.UpdatedAt = session.ProcessingStartedAt.Value;
        db.Audit(actor, "session.processing-started", "session", session.Id, before, new { session.Status, Documents = pending.Select(d => d.Id) }, time);
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Accepted($"/api/v1/sessions/{id}/progress", ProgressResponse.From(session));
    }
}
