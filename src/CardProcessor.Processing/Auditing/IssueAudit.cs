using CardProcessor.Data.Issues;

namespace CardProcessor.Processing.Auditing;

/// <summary>The audit rows of an issue's life.</summary>
public static class IssueAudit
{
    public static AuditChange Opened(ValidationIssue i) =>
        new(AuditActions.IssueOpened, i.Id, null, new { i.RuleCode, i.Severity, i.Message });

    /// <summary>
    /// A step of the issue's history: a status change shows the status before; every step the status, assignee and note
    /// after.
    /// </summary>
    public static AuditChange Changed(IssueChange change)
    {
        var step = change.Event;
        return new(AuditActions.ForIssueEvent(step.Action), step.IssueId,
            step.FromStatus is null ? null : new { Status = step.FromStatus },
            new { Status = step.ToStatus ?? change.Status, change.Assignee, step.Note });
    }
}
