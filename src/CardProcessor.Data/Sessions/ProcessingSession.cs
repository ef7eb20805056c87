using CardProcessor.Data.Documents;

namespace CardProcessor.Data.Sessions;

/// <summary>One month's statement and receipt report being processed and reviewed.</summary>
public sealed class ProcessingSession
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public SessionStatus Status { get; set; } = SessionStatus.Draft;

    /// <summary>The session this one re-runs or corrects.</summary>
    public Guid? ParentSessionId { get; set; }

    public ProcessingSession? ParentSession { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? ProcessingStartedAt { get; set; }

    public DateTimeOffset? ProcessingCompletedAt { get; set; }

    public string? ApprovedBy { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    /// <summary>PostgreSQL <c>xmin</c>: the optimistic-concurrency token.</summary>
    public uint Version { get; set; }

    public List<SourceDocument> Documents { get; } = [];
}
