using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Issues;

internal static class GetIssue
{
    public static async Task<Results<Ok<IssueDetailResponse>, ProblemHttpResult>> HandleAsync(
        Guid id,
        CardProcessorDbContext db,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var issue = await db.ValidationIssues.AsNoTracking()
            .Where(i => i.Id == id)
            .Select(IssueResponse.Projection)
            .FirstOrDefaultAsync(cancellationToken);
        if (issue is null)
        {
            return Problems.NotFound($"Issue {id}");
        }

        var history = await db.ValidationIssueEvents.AsNoTracking()
            .Where(e => e.IssueId == id)
            .OrderBy(e => e.At)
            .ThenBy(e => e.Id)
            .Select(e => new IssueEventResponse(e.Action, e.FromStatus, e.ToStatus, e.Actor, e.Note, e.At))
            .ToListAsync(cancellationToken);
        response.Headers.ETag = issue.ETag;
        return TypedResults.Ok(new IssueDetailResponse(issue, history));
    }
}
