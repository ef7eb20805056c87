using CardProcessor.Data;
using CardProcessor.Processing.Auditing;

namespace CardProcessor.Api.Reports;

/// <summary>
/// Every export leaves an audit row: who took which file of which session, and how many rows it held.
/// </summary>
internal static class ExportAudit
{
    public static async Task RecordAsync(
        CardProcessorDbContext db,
        AuditActor actor,
        Guid sessionId,
        ExportRecord export,
        CancellationToken cancellationToken)
    {
        db.Audit(actor, new AuditChange(AuditActions.ReportExported, sessionId, null, export));
        await db.SaveChangesAsync(cancellationToken);
    }
}
