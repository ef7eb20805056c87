using System.ComponentModel.DataAnnotations;
using CardProcessor.Api.Authentication;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using CardProcessor.Data.Issues;
using CardProcessor.Data.Sessions;
using CardProcessor.Processing.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Issues;

/// <param name="IssueIds">The issues to change (at most 500).</param>
/// <param name="Status">Resolved or Waived.</param>
/// <param name="Note">The resolution note or justification, recorded on each issue.</param>
public sealed record BulkUpdateRequest(
    [property: Required, MinLength(1), MaxLength(500)] IReadOnlyList<Guid> IssueIds,
    [property: Required] IssueStatus? Status,
    [property: Required, StringLength(2000, MinimumLength = 1)] string Note);

internal static class BulkUpdateIssues
{
    /// <summary>
    /// Resolves or waives many issues, each checked on its own: one that cannot change is reported
    /// and the others still change. Each change is its own conditional update, so a concurrent
    /// reviewer's decision is never overwritten.
    /// </summary>
    public static async Task<Results<Ok<IReadOnlyList<BulkItemResult>>, ProblemHttpResult>> HandleAsync(
        BulkUpdateRequest request,
        CardProcessorDbContext db,
        HttpContext http,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (request.Status is not (IssueStatus.Resolved or IssueStatus.Waived))
        {
            return Problems.BadRequest("Bulk changes resolve or waive issues: status must be Resolved or Waived.");
        }

        var actor = CurrentUser.ActorOf(http);
        var action = ValidationIssue.ActionFor(request.Status.Value);
        var results = new List<BulkItemResult>();
        foreach (var id in request.IssueIds.Distinct())
        {
            db.ChangeTracker.Clear();
            var issue = await db.ValidationIssues.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
            if (issue is null)
            {
                results.Add(new BulkItemResult(id, "not-found", null, null));
                continue;
            }

            // Refusals are outcomes of their own here, so each is checked rather than thrown.
            if (!(await db.StatusOfSessionAsync(issue.SessionId, cancellationToken)).Allows(SessionAction.EditIssues))
            {
                results.Add(new BulkItemResult(id, "frozen", "The session is approved.", issue.Status));
                continue;
            }

            if (IssueLifecycle.Refusal(issue.Status, action) is { } refusal)
            {
                results.Add(new BulkItemResult(id, "refused", refusal, issue.Status));
                continue;
            }

            issue.MoveTo(request.Status.Value, request.Note, actor.Name, time.GetUtcNow());
            db.RecordHistory(issue, actor);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                results.Add(new BulkItemResult(id, "updated", null, issue.Status));
            }
            catch (DbUpdateConcurrencyException)
            {
                results.Add(
                    new BulkItemResult(
                        id,
                        "refused",
                        "Someone else changed the issue meanwhile; read it again.",
                        null));
            }
        }

        return TypedResults.Ok<IReadOnlyList<BulkItemResult>>(results);
    }
}
