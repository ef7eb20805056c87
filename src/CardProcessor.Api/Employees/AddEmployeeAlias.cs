using System.ComponentModel.DataAnnotations;
using CardProcessor.Api.Authentication;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using CardProcessor.Data.Employees;
using CardProcessor.Processing.Auditing;
using CardProcessor.Processing.Names;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Employees;

public sealed record AliasRequest([property: Required, StringLength(200, MinimumLength = 2)] string Alias);

internal static class AddEmployeeAlias
{
    /// <summary>Adds another spelling of the employee's name; one spelling belongs to one employee.</summary>
    public static async Task<Results<Created<AliasResponse>, ProblemHttpResult>> HandleAsync(
        Guid id,
        AliasRequest request,
        CardProcessorDbContext db,
        HttpContext http,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var employee = await db.Employees.AsNoTracking().Where(e => e.Id == id).Select(e => new { e.NormalizedName })
            .FirstOrDefaultAsync(cancellationToken);
        if (employee is null)
        {
            return Problems.NotFound($"Employee {id}");
        }

        var normalized = PersonName.Normalize(request.Alias);
        if (normalized.Length == 0)
        {
            return Problems.BadRequest("The alias has no letters or digits.");
        }

        if (normalized == employee.NormalizedName)
        {
            return Problems.BadRequest("The alias is already how this employee's name normalises; it needs no alias.");
        }

        var existing = await db.EmployeeAliases.AsNoTracking()
            .FirstOrDefaultAsync(a => a.NormalizedAlias == normalized, cancellationToken);
        if (existing is not null)
        {
            return Problems.Conflict(existing.EmployeeId == id
                ? $"'{request.Alias}' is already an alias of this employee."
                : $"'{request.Alias}' is already an alias of employee {existing.EmployeeId}.");
        }

        var actor = CurrentUser.ActorOf(http);
        var alias = new EmployeeAlias
        {
            Id = Guid.CreateVersion7(),
            EmployeeId = id,
            Alias = request.Alias.Trim(),
            NormalizedAlias = normalized,
            CreatedBy = actor.Name,
            CreatedAt = time.GetUtcNow(),
        };
        db.EmployeeAliases.Add(alias);
        db.Audit(actor, ReviewAudit.AliasAdded(alias));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created(
            $"/api/v1/employees/{id}/aliases",
            new AliasResponse(alias.Id, alias.Alias, alias.NormalizedAlias, alias.CreatedBy, alias.CreatedAt));
    }
}
