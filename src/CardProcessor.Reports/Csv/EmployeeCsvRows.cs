using System.Runtime.CompilerServices;
using CardProcessor.Data;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports.Csv;

internal static class EmployeeCsvRows
{
    /// <summary>The employees the session's statement or receipt report names, with their details of record.</summary>
    public static async IAsyncEnumerable<EmployeeCsvRow> Query(CardProcessorDbContext db, ReportSession session, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var employees = db.Employees.AsNoTracking()
            .Where(e => db.StatementCards.Any(c => c.SessionId == session.Id && c.EmployeeId == e.Id)
                || db.Receipts.Any(r => r.SessionId == session.Id && r.EmployeeId == e.Id))
            .OrderBy(e => e.NormalizedName).ThenBy(e => e.Id)
            .Select(e => new
            {
                e.EmployeeNumber,
                e.NormalizedName,
                Snapshot = e.CurrentRevision == null ? null : e.CurrentRevision.Snapshot,
                Revision = e.CurrentRevision == null ? 0 : e.CurrentRevision.RevisionNumber,
            })
            .AsAsyncEnumerable();
        await foreach (var e in employees.WithCancellation(cancellationToken))
        {
            yield return new EmployeeCsvRow
            {
                EmployeeNumber = e.Snapshot?.EmployeeNumber ?? e.EmployeeNumber,
                Name = e.Snapshot?.Name ?? e.NormalizedName,
                DisplayName = e.Snapshot?.DisplayName,
                Department = e.Snapshot?.Department,
                CostCentre = e.Snapshot?.CostCentre,
                GlCode = e.Snapshot?.GlCode,
                Manager = e.Snapshot?.Manager,
                Cards = string.Join(' ', e.Snapshot?.CardLast4 ?? []),
                Revision = e.Revision,
            };
        }
    }
}

[CsvRecord]
internal sealed partial record EmployeeCsvRow
{
    [CsvColumn("Employee ID")]
    public string? EmployeeNumber { get; init; }

    [CsvColumn("Name")]
    public required string Name { get; init; }

    [CsvColumn("Display Name")]
    public string? DisplayName { get; init; }

    [CsvColumn("Department")]
    public string? Department { get; init; }

    [CsvColumn("Cost Centre")]
    public string? CostCentre { get; init; }

    [CsvColumn("GL Code")]
    public string? GlCode { get; init; }

    [CsvColumn("Manager")]
    public string? Manager { get; init; }

    /// <summary>Last fours of the employee's cards, space-separated.</summary>
    [CsvColumn("Cards")]
    public required string Cards { get; init; }

    [CsvColumn("Revision")]
    public int Revision { get; init; }
}
