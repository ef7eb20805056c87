using System.Text.Json;

namespace CardProcessor.Api.Audit;

public sealed record AuditEntryResponse(
    long Id,
    string Actor,
    string Action,
    string EntityType,
    string EntityId,
    JsonDocument? Before,
    JsonDocument? After,
    string? CorrelationId,
    DateTimeOffset At);
