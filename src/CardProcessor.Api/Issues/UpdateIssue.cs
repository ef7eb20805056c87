using System.ComponentModel.DataAnnotations;
using CardProcessor.Api.Authentication;
using CardProcessor.Api.Concurrency;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using CardProcessor.Data.Issues;
using CardProcessor.Data.Sessions;
using CardProcessor.Processing.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Issues;

/// <param name="Status">Resolved, Waived, or Open to reopen; omit to leave the status.</param>
/// <param name="Note">The resolution note or the waiver's justification.</param>
/// <param name="Assignee">The reviewer who owns the issue; an empty string unassigns it; omit to leave it.</param>
public sealed record UpdateIssueRequest(
    IssueStatus? Status,
    [property: StringLength(2000)] string? Note,
    [property: StringLength(200)] string? Assignee)
{
    /// <summary>What the request lacks for its change (a bad request), or null.</summary>
    public string? MissingInput() => Status switch
    {
        IssueStatus.Resolved when string.IsNullOrWhiteSpace(Note) => "Resolving an issue needs a resolution note.",
        IssueStatus.Waived when string.IsNullOrWhiteSpace(Note) => "Waiving an issue needs a justification in the " +
            "note.",
        _ => null,
    };
}

internal static class UpdateIssue
{
    public static async Task<Results<Ok<IssueResponse>, ProblemHttpResult>> HandleAsync(
        Guid id,
        UpdateIssueRequest request,
        CardProcessorDbContext db,
        HttpContext http,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var issue = await db.ValidationIssues.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (issue is null)
        {
            return Problems.NotFound($"Issue {id}");
        }

        if (db.CheckIfMatch(http.Request, issue) is { } precondition)
        {
            return precondition;
        }

        SessionPolicy.Require(
            await db.StatusOfSessionAsync(issue.SessionId, cancellationToken),
            SessionAction.EditIssues);
        if (request.MissingInput() is { } missing)
        {
            return Problems.BadRequest(missing);
        }

        if (request.Status is { } wanted)
        {
            IssueLifecycle.Require(issue.Status, ValidationIssue.ActionFor(wanted));
        }

        var actor = CurrentUser.ActorOf(http);
        var now = time.GetUtcNow();
        if (request.Assignee is not null)
        {
            issue.Assign(request.Assignee, actor.Name, now);
        }

        if (request.Status is { } status)
        {
            issue.MoveTo(status, request.Note, actor.Name, now);
        }

        db.RecordHistory(issue, actor);
        await db.SaveChangesAsync(cancellationToken);
        var response = await db.ValidationIssues.AsNoTracking().Where(i => i.Id == id).Select(IssueResponse.Projection)
            .FirstAsync(cancellationToken);
        http.Response.Headers.ETag = response.ETag;
        return TypedResults.Ok(response);
    }
}
