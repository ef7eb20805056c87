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

public sealed record AliasResponse(Guid Id, string Alias, string NormalizedAlias, string CreatedBy, DateTimeOffset CreatedAt);

/// <summary>
/// Other spellings of a person's name that normalisation cannot join (a maiden name, a nickname).
/// Matching uses them at the next extraction and the next validation.
/// </summary>
internal static class EmployeeAliases
{
    public static async Task<Results<Ok<List<AliasResponse>>, ProblemHttpResult>> ListAsync(Guid id, CardProcessorDbContext db, CancellationToken cancellationToken)
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

    public static async Task<Results<Created<AliasResponse>, ProblemHttpResult>> AddAsync(
        Guid id, AliasRequest request, CardProcessorDbContext db, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        var employee = await db.Employees.AsNoTracking().Where(e => e.Id == id).Select(e => new { e.NormalizedName }).FirstOrDefaultAsync(cancellationToken);
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

        if (await db.EmployeeAliases.AsNoTracking().FirstOrDefaultAsync(a => a.NormalizedAlias == normalized, cancellationToken) is { } existing)
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
        db.Audit(actor, "employee.alias-added", "employee", id, null, new { alias.Alias, alias.NormalizedAlias }, time);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/employees/{id}/aliases", new AliasResponse(alias.Id, alias.Alias, alias.NormalizedAlias, alias.CreatedBy, alias.CreatedAt));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(
        Guid id, [Microsoft.AspNetCore.Mvc.FromQuery] string alias, CardProcessorDbContext db, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        var normalized = PersonName.Normalize(alias);
        var existing = await db.EmployeeAliases.FirstOrDefaultAsync(a => a.EmployeeId == id && a.NormalizedAlias == normalized, cancellationToken);
        if (existing is null)
        {
            return Problems.NotFound($"Alias '{alias}' of employee {id}");
        }

        db.EmployeeAliases.Remove(existing);
        db.Audit(CurrentUser.ActorOf(http), "employee.alias-removed", "employee", id, new { existing.Alias, existing.NormalizedAlias }, null, time);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
