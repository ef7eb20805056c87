using System.Text.Json;
using CardProcessor.Data;
using CardProcessor.Data.Auditing;

namespace CardProcessor.Processing.Auditing;

/// <summary>Adds audit rows to the caller's unit of work, so the change and its audit commit together.</summary>
public static class AuditTrail
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

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
        db.AuditLog.Add(new AuditEntry
        {
            Actor = actor.Name,
            Action = action,
            EntityType = entityType,
            EntityId = Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
            Before = before is null ? null : JsonSerializer.SerializeToDocument(before, s_json),
            After = after is null ? null : JsonSerializer.SerializeToDocument(after, s_json),
            CorrelationId = actor.CorrelationId,
            At = time.GetUtcNow(),
        });
    }
}
