using System.ComponentModel.DataAnnotations;
using CardProcessor.Api.Authentication;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Api.Hosting;
using CardProcessor.Data;
using CardProcessor.Data.Issues;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Issues;

/// <param name="Status">Resolved, Waived, or Open to reopen; omit to leave the status.</param>
/// <param name="Note">The resolution note or the waiver's justification.</param>
/// <param name="Assignee">The reviewer who owns the issue; an empty string unassigns it; omit to leave it.</param>
public sealed record UpdateIssueRequest(
    IssueStatus? Status,
    [property: StringLength(2000)] string? Note,
    [property: StringLength(200)] string? Assignee);

internal static class UpdateIssue
{
    public static async Task<Results<Ok<IssueResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, UpdateIssueRequest request, CardProcessorDbContext db, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
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

        if (await db.RefuseIfFrozenAsync(issue.SessionId, cancellationToken) is { } frozen)
        {
            return frozen;
        }

        if (request.Status is { } target && IssueWorkflow.MissingInput(target, request.Note) is { } missing)
        {
            return Problems.BadRequest(missing);
        }

        if (request.Status is { } wanted && IssueWorkflow.Conflict(issue, wanted) is { } conflict)
        {
            return Problems.Conflict(conflict);
        }

        var actor = CurrentUser.ActorOf(http);
        if (request.Assignee is not null)
        {
            IssueWorkflow.Assign(db, issue, request.Assignee, actor, time);
        }

        if (request.Status is { } status)
        {
            IssueWorkflow.Transition(db, issue, status, request.Note, actor, time);
        }

        await db.SaveChangesAsync(cancellationToken);
        var response = await db.ValidationIssues.AsNoTracking().Where(i => i.Id == id).Select(IssueResponse.Projection).FirstAsync(cancellationToken);
        http.Response.Headers.ETag = response.ETag;
        return TypedResults.Ok(response);
    }
}
