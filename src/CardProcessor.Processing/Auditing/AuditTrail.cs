using System.Globalization;
using System.Text.Json;
using CardProcessor.Data;
using CardProcessor.Data.Auditing;

namespace CardProcessor.Processing.Auditing;

/// <summary>
/// The one writer of audit rows: it adds them to the caller's unit of work, so the change and its
/// audit commit together. The time is stamped when the row is saved (<see cref="SaveClockInterceptor"/>).
/// </summary>
public static class AuditTrail
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public static void Audit(this CardProcessorDbContext db, AuditActor actor, AuditChange change) =>
        db.AuditLog.Add(new AuditEntry
        {
            Actor = actor.Name,
            Action = change.Action.Name,
            EntityType = change.Action.EntityType,
            EntityId = change.EntityId,
            Before = change.Before is null ? null : JsonSerializer.SerializeToDocument(change.Before, s_json),
            After = change.After is null ? null : JsonSerializer.SerializeToDocument(change.After, s_json),
            CorrelationId = actor.CorrelationId,
        });

    /// <summary>The positional form, kept for callers not yet moved to <see cref="AuditChange"/>.</summary>
    /// <remarks>
    /// Temporary: only <c>Reports/ExportAudit</c> calls it; it should call
    /// <c>db.Audit(actor, new AuditChange(AuditActions.ReportExported, sessionId, null, export))</c>, then this goes.
    /// </remarks>
    public static void Audit(
        this CardProcessorDbContext db,
        AuditActor actor,
        string action,
        string entityType,
        object entityId,
        object? before,
        object? after,
        TimeProvider time)
    {
        var id = Convert.ToString(entityId, CultureInfo.InvariantCulture) ?? string.Empty;
        db.Audit(actor, new AuditChange(new AuditAction(action, entityType), id, before, after));
    }
}
