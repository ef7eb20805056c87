namespace CardProcessor.Web.Api.Models;

public sealed record AuditEntry(
    long Id, string Actor, string Action, string EntityType, string EntityId, string? CorrelationId,
    DateTimeOffset At);
