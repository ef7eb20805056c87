using CardProcessor.Api.Authentication;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using CardProcessor.Processing.Auditing;
using CardProcessor.Processing.Names;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Employees;

internal static class RemoveEmployeeAlias
{
    public static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        Guid id,
        [FromQuery] string alias,
        CardProcessorDbContext db,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var normalized = PersonName.Normalize(alias);
        var existing = await db.EmployeeAliases
            .FirstOrDefaultAsync(a => a.EmployeeId == id && a.NormalizedAlias == normalized, cancellationToken);
        if (existing is null)
        {
            return Problems.NotFound($"Alias '{alias}' of employee {id}");
        }

        db.EmployeeAliases.Remove(existing);
        db.Audit(CurrentUser.ActorOf(http), ReviewAudit.AliasRemoved(existing));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
