using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Employees;

internal static class GetEmployeeHistory
{
    /// <summary>Every revision, newest first, each with what changed since the one before it.</summary>
    public static async Task<Results<Ok<List<RevisionResponse>>, ProblemHttpResult>> HandleAsync(
        Guid id,
        CardProcessorDbContext db,
        CancellationToken cancellationToken)
    {
        var employee = await db.Employees.AsNoTracking()
            .Where(e => e.Id == id)
            .Select(e => new { e.CurrentRevisionId })
            .FirstOrDefaultAsync(cancellationToken);
        if (employee is null)
        {
            return Problems.NotFound($"Employee {id}");
        }

        var revisions = await db.EmployeeRevisions.AsNoTracking()
            .Where(r => r.EmployeeId == id)
            .OrderBy(r => r.RevisionNumber)
            .ToListAsync(cancellationToken);
        var history = revisions
            .Select((revision, index) => new RevisionResponse(
                revision.RevisionNumber,
                revision.Source,
                revision.Actor,
                revision.Reason,
                revision.SessionId,
                revision.CreatedAt,
                revision.Id == employee.CurrentRevisionId,
                revision.Snapshot,
                SnapshotDiff.Between(index == 0 ? null : revisions[index - 1].Snapshot, revision.Snapshot)))
            .Reverse()
            .ToList();
        return TypedResults.Ok(history);
    }
}
