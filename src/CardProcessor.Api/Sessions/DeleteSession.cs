using CardProcessor.Api.Authentication;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using CardProcessor.Data.Sessions;
using CardProcessor.Processing.Auditing;
using CardProcessor.Processing.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Sessions;

internal static class DeleteSession
{
    public static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        Guid id, CardProcessorDbContext db, IDocumentStore store, HttpContext http, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.Include(s => s.Documents)
            .FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return Problems.NotFound($"Session {id}");
        }

        session.Require(SessionAction.Delete);
        if (await db.Sessions.AnyAsync(s => s.ParentSessionId == id, cancellationToken))
        {
            return Problems.Conflict("The session has child sessions and cannot be deleted.");
        }

        var blobs = session.Documents.Select(d => d.BlobName).ToList();
        db.Sessions.Remove(session);
        db.Audit(CurrentUser.ActorOf(http), SessionAudit.Deleted(session, blobs.Count));
        await db.SaveChangesAsync(cancellationToken);

        foreach (var blob in blobs)
        {
            await store.DeleteIfExistsAsync(blob, cancellationToken);
        }

        return TypedResults.NoContent();
    }
}
