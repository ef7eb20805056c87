using CardProcessor.Api.Authentication;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using CardProcessor.Processing.Auditing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Sessions;

internal static class CancelProcessing
{
    /// <summary>
    /// Stops a running session: documents not yet read fail with who cancelled them, so the session
    /// can be processed again. Messages already queued find their document final and are acknowledged.
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
        var cancelled = session.CancelProcessing(actor.Name, time.GetUtcNow());
        db.Audit(actor, SessionAudit.ProcessingCancelled(cancelled.Select(d => d.Id), session));
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Accepted($"/api/v1/sessions/{id}/progress", ProgressResponse.From(session));
    }
}
