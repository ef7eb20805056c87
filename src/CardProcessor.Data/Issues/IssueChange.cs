namespace CardProcessor.Data.Issues;

/// <summary>
/// One step an issue's method took, not yet saved: the event for the issue's history, and the
/// issue's status and assignee just after the step, which its audit row records.
/// </summary>
public sealed record IssueChange(ValidationIssueEvent Event, IssueStatus Status, string? Assignee);
