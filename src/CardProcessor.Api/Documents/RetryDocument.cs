using CardProcessor.Api.Authentication;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Api.Sessions;
using CardProcessor.Contracts;
using CardProcessor.Data;
using CardProcessor.Processing.Auditing;
using CardProcessor.Processing.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Documents;

internal static class RetryDocument
{
    /// <summary>
    /// Queues a failed document again. The state change and its message commit together (the outbox),
    /// and the session completes again, with matching and validation, when the document is final.
    /// </summary>
    public static async Task<Results<Accepted<ProgressResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, CardProcessorDbContext db, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        var sessionId = await db.Documents.Where(d => d.Id == id).Select(d => (Guid?)d.SessionId)
            .FirstOrDefaultAsync(cancellationToken);
        var session = sessionId is null
            ? null
            : await db.Sessions.Include(s => s.Documents).FirstAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null)
        {
            return Problems.NotFound($"Document {id}");
        }

        var actor = CurrentUser.ActorOf(http);
        var error = session.Documents.Single(d => d.Id == id).Error;
        var document = session.RetryDocument(id, time.GetUtcNow());
        db.AddOutboxMessage(new ProcessDocument(document.Id, session.Id, document.BlobName), actor.CorrelationId);
        db.Audit(actor, DocumentAudit.Retried(document, error));
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Accepted($"/api/v1/sessions/{session.Id}/progress", ProgressResponse.From(session));
    }
}
