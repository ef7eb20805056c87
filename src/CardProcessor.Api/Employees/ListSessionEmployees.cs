using CardProcessor.Api.Paging;
using CardProcessor.Data;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Employees;

internal static class ListSessionEmployees
{
    /// <summary>
    /// The people a session's documents name: cardholders of its statement and employees of its receipt report.
    /// </summary>
    public static async Task<PagedResult<EmployeeResponse>> HandleAsync(
        Guid id, [AsParameters] PageRequest page, CardProcessorDbContext db, CancellationToken cancellationToken)
    {
        var ids = db.StatementCards.Where(c => c.SessionId == id
            && c.EmployeeId != null).Select(c => c.EmployeeId!.Value)
            .Union(db.Receipts.Where(r => r.SessionId == id && r.EmployeeId != null).Select(r => r.EmployeeId!.Value));
        return await db.Employees
            .Where(e => ids.Contains(e.Id))
            .OrderBy(e => e.NormalizedName)
            .ThenBy(e => e.Id)
            .Select(EmployeeQueries.Projection)
            .ToPageAsync(page, cancellationToken);
    }
}
