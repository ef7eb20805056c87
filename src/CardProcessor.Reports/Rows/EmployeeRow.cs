using System.Linq.Expressions;
using CardProcessor.Data.Employees;

namespace CardProcessor.Reports.Rows;

/// <summary>
/// An employee with the details of the revision in force, as the employees CSV takes it. It holds the
/// fields of the API's employee response too, so that response can be built from this projection.
/// </summary>
public sealed record EmployeeRow
{
    public static readonly Expression<Func<Employee, EmployeeRow>> Projection = e => new EmployeeRow
    {
        Id = e.Id,
        EmployeeNumber = e.EmployeeNumber,
        RevisedEmployeeNumber = e.CurrentRevision != null ? e.CurrentRevision.Snapshot.EmployeeNumber : null,
        Name = e.CurrentRevision != null ? e.CurrentRevision.Snapshot.Name : e.NormalizedName,
        DisplayName = e.CurrentRevision != null ? e.CurrentRevision.Snapshot.DisplayName : null,
        Department = e.CurrentRevision != null ? e.CurrentRevision.Snapshot.Department : null,
        CostCentre = e.CurrentRevision != null ? e.CurrentRevision.Snapshot.CostCentre : null,
        GlCode = e.CurrentRevision != null ? e.CurrentRevision.Snapshot.GlCode : null,
        Manager = e.CurrentRevision != null ? e.CurrentRevision.Snapshot.Manager : null,
        CardLast4 = e.CurrentRevision != null ? e.CurrentRevision.Snapshot.CardLast4 : new List<string>(),
        Revision = e.CurrentRevision != null ? e.CurrentRevision.RevisionNumber : 0,
        RevisedAt = e.CurrentRevision != null ? e.CurrentRevision.CreatedAt : null,
        Version = e.Version,
    };

    public Guid Id { get; init; }

    /// <summary>The employee id the documents printed when the employee was first seen.</summary>
    public string? EmployeeNumber { get; init; }

    /// <summary>The employee id of the revision in force (a reviewer may have corrected it).</summary>
    public string? RevisedEmployeeNumber { get; init; }

    /// <summary>The name of the revision in force, else the name as printed.</summary>
    public required string Name { get; init; }

    public string? DisplayName { get; init; }

    public string? Department { get; init; }

    public string? CostCentre { get; init; }

    public string? GlCode { get; init; }

    public string? Manager { get; init; }

    /// <summary>Last fours of the employee's cards.</summary>
    public required IReadOnlyList<string> CardLast4 { get; init; }

    /// <summary>The revision in force; 0 before the first.</summary>
    public int Revision { get; init; }

    public DateTimeOffset? RevisedAt { get; init; }

    /// <summary>The row version (PostgreSQL's xmin), for an ETag.</summary>
    public uint Version { get; init; }
}
