namespace CardProcessor.Data.Issues;

/// <summary>
/// One step in an issue's life: opened, assigned, commented, resolved, waived, reopened, closed by a re-run.
/// </summary>
public sealed class ValidationIssueEvent
{
    public Guid Id { get; set; }

    public Guid IssueId { get; set; }

    public required string Action { get; set; }

    public IssueStatus? FromStatus { get; set; }

    public IssueStatus? ToStatus { get; set; }

    public required string Actor { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset At { get; set; }
}
