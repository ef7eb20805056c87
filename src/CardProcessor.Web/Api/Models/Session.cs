namespace CardProcessor.Web.Api.Models;

public sealed record Session(
    Guid Id, string Name, DateOnly PeriodStart, DateOnly PeriodEnd, string Status, Guid? ParentSessionId,
    string CreatedBy, DateTimeOffset CreatedAt, string? ApprovedBy, DateTimeOffset? ApprovedAt, int DocumentCount,
    string ETag);
