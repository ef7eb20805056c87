using CardProcessor.Data;
using CardProcessor.Data.Issues;
using CardProcessor.Processing.Auditing;
using CardProcessor.Processing.Validation;

namespace CardProcessor.Api.Issues;

/// <summary>
/// The lifecycle of an issue: Open or Reopened issues are resolved (with a note) or waived (with a
/// justification); resolved or waived ones can be reopened. Every step is an event in the issue's
/// history and a row in the audit log, written in the caller's unit of work.
/// </summary>
internal static class IssueWorkflow
{
    public static bool IsOpen(IssueStatus status) => status is IssueStatus.Open or IssueStatus.Reopened;

    /// <summary>What the request lacks for this change (a bad request), or null.</summary>
    public static string? MissingInput(IssueStatus target, string? note) => target switch
    {
        IssueStatus.Resolved when string.IsNullOrWhiteSpace(note) => "Resolving an issue needs a resolution note.",
        IssueStatus.Waived when string.IsNullOrWhiteSpace(note) => "Waiving an issue needs a justification in the note.",
        _ => null,
    };

    /// <summary>Why the issue's current state does not allow the change (a conflict), or null.</summary>
    public static string? Conflict(ValidationIssue issue, IssueStatus target) =>
        target is IssueStatus.Resolved or IssueStatus.Waived && !IsOpen(issue.Status)
            ? $"The issue is already {issue.Status}; reopen it first."
            : null;

    public static void Transition(CardProcessorDbContext db, ValidationIssue issue, IssueStatus target, string? note, AuditActor actor, TimeProvider time)
    {
        var from = issue.Status;
        var to = target == IssueStatus.Open && !IsOpen(from) ? IssueStatus.Reopened : target;
        if (to == from || (IsOpen(to) && IsOpen(from)))
        {
            return;
        }

        var now = time.GetUtcNow();
        issue.Status = to;
        issue.UpdatedAt = now;
        if (IsOpen(to))
        {
            issue.ResolutionNote = null;
            issue.ResolvedBy = null;
            issue.ResolvedAt = null;
        }
        else
        {
            issue.ResolutionNote = note!.Trim();
            issue.ResolvedBy = actor.Name;
            issue.ResolvedAt = now;
        }

        var action = to switch
        {
            IssueStatus.Resolved => "resolved",
            IssueStatus.Waived => "waived",
            _ => "reopened",
        };
        db.Record(issue, action, from, to, note, actor.Name, actor, time);
    }

    public static void Assign(CardProcessorDbContext db, ValidationIssue issue, string? assignee, AuditActor actor, TimeProvider time)
    {
        var next = string.IsNullOrWhiteSpace(assignee) ? null : assignee.Trim();
        if (next == issue.Assignee)
        {
            return;
        }

        var previous = issue.Assignee;
        issue.Assignee = next;
        issue.UpdatedAt = time.GetUtcNow();
        db.Record(issue, next is null ? "unassigned" : "assigned", null, null, next is null ? $"was {previous}" : $"to {next}", actor.Name, actor, time);
    }

    public static void Comment(CardProcessorDbContext db, ValidationIssue issue, string text, AuditActor actor, TimeProvider time)
    {
        issue.UpdatedAt = time.GetUtcNow();
        db.Record(issue, "commented", null, null, text.Trim(), actor.Name, actor, time);
    }
}
