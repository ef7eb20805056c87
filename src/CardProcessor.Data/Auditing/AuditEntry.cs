using System.Text.Json;

namespace CardProcessor.Data.Auditing;

/// <summary>One state change, append-only: a database trigger refuses UPDATE and DELETE on the table.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public required string Actor { get; set; }

    public required string Action { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    public JsonDocument? Before { get; set; }

    public JsonDocument? After { get; set; }

    public string? CorrelationId { get; set; }

    public DateTimeOffset At { get; set; }
}
