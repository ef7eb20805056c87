using CardProcessor.Api.Authentication;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using CardProcessor.Data.Issues;
using CardProcessor.Data.Sessions;
using CardProcessor.Processing.Auditing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Sessions;

internal static class ApproveSession
{
    /// <summary>Approves and freezes a session in Review that has no open error-severity issue; later corrections need a child session.</summary>
    public static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, CardProcessorDbContext db, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return Problems.NotFound($"Session {id}");
        }

        if (session.Status != SessionStatus.Review)
        {
            return Problems.Conflict($"Only a session in Review can be approved; this one is {session.Status}.");
        }

        var blocking = await db.ValidationIssues.CountAsync(
            i => i.SessionId == id && i.Severity == IssueSeverity.Error && (i.Status == IssueStatus.Open || i.Status == IssueStatus.Reopened),
            cancellationToken);
        if (blocking > 0)
        {
            return Problems.Conflict($"{blocking} error-severity issue(s) are still open; resolve or waive them before approving.");
        }

        var actor = CurrentUser.ActorOf(http);
        var now = time.GetUtcNow();
        session.Status = SessionStatus.Approved;
        session.ApprovedBy = actor.Name;
        session.ApprovedAt = now;
        session.UpdatedAt = now;
        db.Audit(actor, "session.approved", "session", id, new { Status = SessionStatus.Review }, new { session.Status, session.ApprovedBy }, time);
        await db.SaveChangesAsync(cancellationToken);

        var response = await db.Sessions.AsNoTracking().Where(s => s.Id == id).Select(SessionResponse.Projection).FirstAsync(cancellationToken);
        http.Response.Headers.ETag = response.ETag;
        return TypedResults.Ok(response);
    }
}
