using CardProcessor.Api.Authentication;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Contracts;
using CardProcessor.Data;
using CardProcessor.Processing.Auditing;
using CardProcessor.Processing.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Sessions;

internal static class ProcessSession
{
    /// <summary>
    /// Queues every document that is not yet extracted. The status change and the messages commit in
    /// one transaction (the outbox), so a crash can neither lose the work nor queue it for a session
    /// that did not change.
    /// </summary>
    public static async Task<Results<Accepted<ProgressResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, CardProcessorDbContext db, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.Include(s => s.Documents)
            .FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return Problems.NotFound($"Session {id}");
        }

        var actor = CurrentUser.ActorOf(http);
        var before = session.Status;
        var queued = session.StartProcessing(time.GetUtcNow());
        foreach (var document in queued)
        {
            db.AddOutboxMessage(new ProcessDocument(document.Id, session.Id, document.BlobName), actor.CorrelationId);
        }

        db.Audit(actor, SessionAudit.ProcessingStarted(session, before, queued.Select(d => d.Id)));
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Accepted($"/api/v1/sessions/{id}/progress", ProgressResponse.From(session));
    }
}
