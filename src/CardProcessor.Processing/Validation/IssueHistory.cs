using CardProcessor.Data;
using CardProcessor.Data.Issues;
using CardProcessor.Processing.Auditing;

namespace CardProcessor.Processing.Validation;

/// <summary>One step in an issue's life, written twice in the caller's unit of work: in the issue's history and in the audit log.</summary>
public static class IssueHistory
{
    /// <param name="db">The unit of work.</param>
    /// <param name="issue">The issue that changed.</param>
    /// <param name="action">What happened: <c>resolved</c>, <c>auto-closed</c>, <c>commented</c>, ...</param>
    /// <param name="from">The status before, for a status change.</param>
    /// <param name="to">The status after, for a status change.</param>
    /// <param name="note">The note, justification or comment.</param>
    /// <param name="eventActor">Who the history names: the reviewer, or the validation run for its own changes.</param>
    /// <param name="actor">Who the audit log names, with the request's correlation id.</param>
    /// <param name="time">The clock.</param>
    public static void Record(
        this CardProcessorDbContext db,
        ValidationIssue issue,
        string action,
        IssueStatus? from,
        IssueStatus? to,
        string? note,
        string eventActor,
        AuditActor actor,
        TimeProvider time)
    {
        db.ValidationIssueEvents.Add(new ValidationIssueEvent
        {
            Id = Guid.CreateVersion7(),
            IssueId = issue.Id,
            Action = action,
            FromStatus = from,
            ToStatus = to,
            Actor = eventActor,
            Note = note,
            At = time.GetUtcNow(),
        });
        db.Audit(actor, $"issue.{action}", "validation_issue", issue.Id,
            from is null ? null : new { Status = from },
            new { Status = to ?? issue.Status, issue.Assignee, Note = note }, time);
    }
}
