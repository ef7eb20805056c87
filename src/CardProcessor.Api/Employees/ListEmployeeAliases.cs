using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Employees;

internal static class ListEmployeeAliases
{
    /// <summary>
    /// Other spellings of a person's name that normalisation cannot join (a maiden name, a nickname).
    /// Matching uses them at the next extraction and the next validation.
    /// </summary>
    public static async Task<Results<Ok<List<AliasResponse>>, ProblemHttpResult>> HandleAsync(
        Guid id, CardProcessorDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Employees.AnyAsync(e => e.Id == id, cancellationToken))
        {
            return Problems.NotFound($"Employee {id}");
        }

        return TypedResults.Ok(await db.EmployeeAliases.AsNoTracking()
            .Where(a => a.EmployeeId == id)
            .OrderBy(a => a.Alias)
            .Select(a => new AliasResponse(a.Id, a.Alias, a.NormalizedAlias, a.CreatedBy, a.CreatedAt))
            .ToListAsync(cancellationToken));
    }
}
