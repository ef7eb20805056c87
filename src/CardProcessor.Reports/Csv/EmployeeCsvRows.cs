using System.Runtime.CompilerServices;
using CardProcessor.Data;
using CardProcessor.Reports.Rows;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports.Csv;

internal static class EmployeeCsvRows
{
    /// <summary>The employees the session's statement or receipt report names, with their details of record.</summary>
    public static async IAsyncEnumerable<EmployeeCsvRow> Query(
        CardProcessorDbContext db, ReportSession session, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var employees = db.Employees.AsNoTracking()
            .Where(e => db.StatementCards.Any(c => c.SessionId == session.Id && c.EmployeeId == e.Id)
                || db.Receipts.Any(r => r.SessionId == session.Id && r.EmployeeId == e.Id))
            .OrderBy(e => e.NormalizedName).ThenBy(e => e.Id)
            .Select(EmployeeRow.Projection)
            .AsAsyncEnumerable();
        await foreach (var e in employees.WithCancellation(cancellationToken))
        {
            yield return EmployeeCsvRow.From(e);
        }
    }
}
