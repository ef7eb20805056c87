using System.ComponentModel.DataAnnotations;
using CardProcessor.Api.Authentication;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Api.Concurrency;
using CardProcessor.Data;
using CardProcessor.Data.Employees;
using CardProcessor.Processing.Auditing;
using CardProcessor.Processing.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Employees;

/// <summary>
/// A correction of an employee's details; omitted fields keep their value, an empty string clears one.
/// </summary>
public sealed record UpdateEmployeeRequest(
    [property: Required, StringLength(1000, MinimumLength = 3)] string Reason,
    [property: StringLength(200, MinimumLength = 1)] string? Name,
    [property: StringLength(200)] string? DisplayName,
    [property: StringLength(200)] string? Department,
    [property: StringLength(100)] string? CostCentre,
    [property: StringLength(100)] string? GlCode,
    [property: StringLength(200)] string? Manager,
    IReadOnlyList<string>? CardLast4);

internal static class UpdateEmployee
{
    /// <summary>Every correction is a new revision with who, why and a diff; nothing is overwritten.</summary>
    public static async Task<Results<Ok<EmployeeResponse>, ProblemHttpResult>> HandleAsync(
        Guid id,
        UpdateEmployeeRequest request,
        CardProcessorDbContext db,
        HttpContext http,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var employee = await db.Employees.Include(e => e.CurrentRevision)
            .FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (employee is null)
        {
            return Problems.NotFound($"Employee {id}");
        }

        if (db.CheckIfMatch(http.Request, employee) is { } precondition)
        {
            return precondition;
        }

        if (request.CardLast4?.Any(c => c.Length != 4 || !c.All(char.IsAsciiDigit)) == true)
        {
            return Problems.BadRequest("cardLast4 takes the last four digits of each card, never a full number.");
        }

        var current = employee.CurrentRevision?.Snapshot ?? new EmployeeSnapshot { Name = employee.NormalizedName };
        var next = current with
        {
            Name = request.Name?.Trim() ?? current.Name,
            DisplayName = Edit(request.DisplayName, current.DisplayName),
            Department = Edit(request.Department, current.Department),
            CostCentre = Edit(request.CostCentre, current.CostCentre),
            GlCode = Edit(request.GlCode, current.GlCode),
            Manager = Edit(request.Manager, current.Manager),
            CardLast4 = request.CardLast4?.Distinct().Order(StringComparer.Ordinal).ToList() ?? current.CardLast4,
        };
        if (EmployeeSnapshots.AreEqual(current, next))
        {
            return Problems.BadRequest("The request changes nothing.");
        }

        var actor = CurrentUser.ActorOf(http);
        var revision = new EmployeeRevision
        {
            Id = Guid.CreateVersion7(),
            EmployeeId = employee.Id,
            RevisionNumber = (employee.CurrentRevision?.RevisionNumber ?? 0) + 1,
            Snapshot = next,
            Source = RevisionSource.ManualEdit,
            Actor = actor.Name,
            Reason = request.Reason.Trim(),
            CreatedAt = time.GetUtcNow(),
        };
        db.EmployeeRevisions.Add(revision);
        employee.CurrentRevisionId = revision.Id;
        db.Audit(actor, ReviewAudit.EmployeeRevised(employee.Id, current, next));
        await db.SaveChangesAsync(cancellationToken);

        var response = await db.Employees.AsNoTracking()
            .Where(e => e.Id == id)
            .Select(EmployeeQueries.Projection)
            .FirstAsync(cancellationToken);
        http.Response.Headers.ETag = response.ETag;
        return TypedResults.Ok(response);
    }

    private static string? Edit(string? requested, string? current) =>
        requested is null ? current : requested.Trim() is { Length: > 0 } value ? value : null;
}
