using System.ComponentModel.DataAnnotations;
using CardProcessor.Api.Authentication;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using CardProcessor.Data.Sessions;
using CardProcessor.Processing.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Issues;

public sealed record AddCommentRequest([property: Required, StringLength(4000, MinimumLength = 1)] string Text);

internal static class AddIssueComment
{
    /// <summary>
    /// Comments only add to the history; they need no If-Match because they cannot overwrite anything.
    /// </summary>
    public static async Task<Results<Created<IssueEventResponse>, ProblemHttpResult>> HandleAsync(
        Guid id,
        AddCommentRequest request,
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

        SessionPolicy.Require(
            await db.StatusOfSessionAsync(issue.SessionId, cancellationToken),
            SessionAction.EditIssues);
        var actor = CurrentUser.ActorOf(http);
        var now = time.GetUtcNow();
        issue.Comment(request.Text, actor.Name, now);
        db.RecordHistory(issue, actor);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created(
            $"/api/v1/issues/{id}",
            new IssueEventResponse("commented", null, null, actor.Name, request.Text.Trim(), now));
    }
}
