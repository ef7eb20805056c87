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
}
