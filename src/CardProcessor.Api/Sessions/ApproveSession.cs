using CardProcessor.Api.Authentication;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using CardProcessor.Data.Issues;
using CardProcessor.Processing.Auditing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Sessions;

internal static class ApproveSession
{
    /// <summary>Approves and freezes a session in Review; later corrections need a child session.</summary>
    public static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, CardProcessorDbContext db, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return Problems.NotFound($"Session {id}");
        }

        var openErrors = await db.ValidationIssues
            .Where(IssueStatusExtensions.OpenIssue)
            .CountAsync(i => i.SessionId == id && i.Severity == IssueSeverity.Error, cancellationToken);
        var actor = CurrentUser.ActorOf(http);
        session.Approve(actor.Name, openErrors, time.GetUtcNow());
        db.Audit(actor, SessionAudit.Approved(session));
        await db.SaveChangesAsync(cancellationToken);

        var response = await db.Sessions.AsNoTracking().Where(s => s.Id == id).Select(SessionResponse.Projection)
            .FirstAsync(cancellationToken);
        http.Response.Headers.ETag = response.ETag;
        return TypedResults.Ok(response);
    }
}
