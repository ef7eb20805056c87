using System.Linq.Expressions;
using CardProcessor.Api.Concurrency;
using CardProcessor.Data.Employees;

namespace CardProcessor.Api.Employees;

internal static class EmployeeQueries
{
    public static readonly Expression<Func<Employee, EmployeeResponse>> Projection = e => new EmployeeResponse(
        e.Id,
        e.EmployeeNumber,
        e.CurrentRevision != null ? e.CurrentRevision.Snapshot.Name : e.NormalizedName,
        e.CurrentRevision != null ? e.CurrentRevision.Snapshot.DisplayName : null,
        e.CurrentRevision != null ? e.CurrentRevision.Snapshot.Department : null,
        e.CurrentRevision != null ? e.CurrentRevision.Snapshot.CostCentre : null,
        e.CurrentRevision != null ? e.CurrentRevision.Snapshot.GlCode : null,
        e.CurrentRevision != null ? e.CurrentRevision.Snapshot.Manager : null,
        e.CurrentRevision != null ? e.CurrentRevision.Snapshot.CardLast4 : new List<string>(),
        e.CurrentRevision != null ? e.CurrentRevision.RevisionNumber : 0,
        e.CurrentRevision != null ? e.CurrentRevision.CreatedAt : null,
        ETags.From(e.Version));
}
