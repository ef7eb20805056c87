using CardProcessor.Data;
using CardProcessor.Processing.Auditing;

namespace CardProcessor.Api.Reports;

/// <summary>
/// Every export leaves an audit row: who took which file of which session, and how many rows it held.
/// </summary>
internal static class ExportAudit
{
    public const string Action = "report.exported";

    public static async Task RecordAsync(
        CardProcessorDbContext db,
        AuditActor actor,
        Guid sessionId,
        ExportRecord export,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        db.Audit(actor, Action, "session", sessionId, null, export, time);
        await db.SaveChangesAsync(cancellationToken);
    }
}
