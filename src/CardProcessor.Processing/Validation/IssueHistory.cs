using CardProcessor.Data;
using CardProcessor.Data.Issues;
using CardProcessor.Processing.Auditing;

namespace CardProcessor.Processing.Validation;

/// <summary>
/// Saves the steps an issue's methods took into the caller's unit of work: each step once in the
/// issue's history and once in the audit log, whether a reviewer or a validation run took it.
/// </summary>
public static class IssueHistory
{
    /// <param name="db">The unit of work.</param>
    /// <param name="issue">The issue whose steps to save.</param>
    /// <param name="actor">Who the audit log names, with the request's correlation id; the history names the step's own
    /// actor.</param>
    public static void RecordHistory(this CardProcessorDbContext db, ValidationIssue issue, AuditActor actor)
    {
        foreach (var change in issue.TakeChanges())
        {
            db.ValidationIssueEvents.Add(change.Event);
            db.Audit(actor, IssueAudit.Changed(change));
        }
    }
}
