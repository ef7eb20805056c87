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
/// <param name="Status">Resolved or Waived; or omit it and name an <paramref name="Assignee"/>.</param>
/// <param name="Note">The resolution note or justification, recorded on each issue (required with a status);
/// with an assignment, a comment on each issue.</param>
/// <param name="Assignee">Without a status: the reviewer who gets every issue; an empty string unassigns.</param>
public sealed record BulkUpdateRequest(
    [property: Required, MinLength(1), MaxLength(500)] IReadOnlyList<Guid> IssueIds,
    IssueStatus? Status,
    [property: StringLength(2000)] string? Note,
    [property: StringLength(200)] string? Assignee = null);

internal static class BulkUpdateIssues
{
    /// <summary>
    /// Resolves, waives or assigns many issues, each checked on its own: one that cannot change is reported
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
        if (Refusal(request) is { } invalid)
        {
            return Problems.BadRequest(invalid);
        }

        var actor = CurrentUser.ActorOf(http);
        var action = request.Status is { } status ? ValidationIssue.ActionFor(status) : IssueAction.Assign;
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

            Apply(request, issue, actor.Name, time.GetUtcNow());
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

    private static string? Refusal(BulkUpdateRequest request) => request switch
    {
        { Status: not null, Assignee: not null } =>
            "A bulk change either moves the issues (status) or assigns them (assignee), not both at once.",
        { Status: IssueStatus.Resolved or IssueStatus.Waived, Note: var note } when string.IsNullOrWhiteSpace(note) =>
            "Resolving or waiving issues needs a note.",
        { Status: IssueStatus.Resolved or IssueStatus.Waived } => null,
        { Status: not null } => "Bulk changes resolve or waive issues: status must be Resolved or Waived.",
        { Assignee: null } => "Name a status (Resolved or Waived) or an assignee (an empty string unassigns).",
        _ => null,
    };

    private static void Apply(BulkUpdateRequest request, ValidationIssue issue, string actor, DateTimeOffset now)
    {
        if (request.Status is { } status)
        {
            issue.MoveTo(status, request.Note!, actor, now);
            return;
        }

        issue.Assign(request.Assignee, actor, now);
        if (!string.IsNullOrWhiteSpace(request.Note))
        {
            issue.Comment(request.Note, actor, now);
        }
    }
}
