namespace CardProcessor.Data.Issues;

/// <summary>A finding of a validation rule, tracked until someone resolves or waives it.</summary>
public sealed class ValidationIssue
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    /// <summary>Stable rule code, e.g. <c>missing-receipt</c>.</summary>
    public required string RuleCode { get; set; }

    public IssueSeverity Severity { get; set; }

    public IssueStatus Status { get; set; } = IssueStatus.Open;

    /// <summary>Identifies "the same finding" across validation runs (rule plus subject).</summary>
    public required string Fingerprint { get; set; }

    public required string Message { get; set; }

    public Guid? TransactionId { get; set; }

    /// <summary>The subject transaction's reference (Transaction #), for people and links.</summary>
    public string? TransactionReference { get; set; }

    public Guid? ReceiptId { get; set; }

    public Guid? CardId { get; set; }

    public Guid? EmployeeId { get; set; }

    public Guid? DocumentId { get; set; }

    public string? Assignee { get; set; }

    public string? ResolutionNote { get; set; }

    public string? ResolvedBy { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }

    public List<ValidationIssueEvent> History { get; } = [];
}
