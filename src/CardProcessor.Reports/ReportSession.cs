using System.Globalization;
using CardProcessor.Data;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports;

/// <summary>What every report needs to know about its session: which one, and its statement period.</summary>
public sealed record ReportSession(Guid Id, string Name, DateOnly PeriodStart, DateOnly PeriodEnd)
{
    /// <summary>The month the statement closes in: a cycle from 12/18 to 01/16 is January's statement.</summary>
    public DateOnly StatementMonth => new(PeriodEnd.Year, PeriodEnd.Month, 1);

    /// <summary>
    /// A download name that says which month it is and holds no one's name:
    /// <c>statement-2025-03-erp-import.csv</c>.
    /// </summary>
    public string FileName(string what, string extension) =>
        $"statement-{StatementMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture)}-{what}.{extension}";

    public static Task<ReportSession?> FindAsync(
        CardProcessorDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Sessions.AsNoTracking()
            .Where(s => s.Id == id)
            .Select(s => new ReportSession(s.Id, s.Name, s.PeriodStart, s.PeriodEnd))
            .FirstOrDefaultAsync(cancellationToken);
}
