namespace CardProcessor.Processing.Auditing;

/// <summary>
/// Every action the audit log records. The names and entity types are stored, filtered on
/// (<c>GET /audit?entity=</c>) and documented: never rename one.
/// </summary>
public static class AuditActions
{
    public const string Session = "session";
    public const string Document = "document";
    public const string Employee = "employee";
    public const string Card = "card";
    public const string Receipt = "receipt";
    public const string Issue = "validation_issue";

    public static readonly AuditAction SessionCreated = new("session.created", Session);
    public static readonly AuditAction SessionUpdated = new("session.updated", Session);
    public static readonly AuditAction SessionDeleted = new("session.deleted", Session);
    public static readonly AuditAction SessionProcessingStarted = new("session.processing-started", Session);
    public static readonly AuditAction SessionProcessingCancelled = new("session.processing-cancelled", Session);
    public static readonly AuditAction SessionProcessed = new("session.processed", Session);
    public static readonly AuditAction SessionValidated = new("session.validated", Session);
    public static readonly AuditAction SessionApproved = new("session.approved", Session);
    public static readonly AuditAction ReportExported = new("report.exported", Session);

    public static readonly AuditAction DocumentUploaded = new("document.uploaded", Document);
    public static readonly AuditAction DocumentExtracted = new("document.extracted", Document);
    public static readonly AuditAction DocumentFailed = new("document.failed", Document);
    public static readonly AuditAction DocumentRetried = new("document.retried", Document);

    public static readonly AuditAction EmployeeRevised = new("employee.revised", Employee);
    public static readonly AuditAction EmployeeAliasAdded = new("employee.alias-added", Employee);
    public static readonly AuditAction EmployeeAliasRemoved = new("employee.alias-removed", Employee);

    public static readonly AuditAction CardOwnerAssigned = new("card.owner-assigned", Card);

    public static readonly AuditAction ReceiptMatchChanged = new("receipt.match-changed", Receipt);

    public static readonly AuditAction IssueOpened = new("issue.opened", Issue);
    public static readonly AuditAction IssueResolved = new("issue.resolved", Issue);
    public static readonly AuditAction IssueWaived = new("issue.waived", Issue);
    public static readonly AuditAction IssueReopened = new("issue.reopened", Issue);
    public static readonly AuditAction IssueAssigned = new("issue.assigned", Issue);
    public static readonly AuditAction IssueUnassigned = new("issue.unassigned", Issue);
    public static readonly AuditAction IssueCommented = new("issue.commented", Issue);
    public static readonly AuditAction IssueAutoClosed = new("issue.auto-closed", Issue);

    /// <summary>The audit action of a step in an issue's history (<c>resolved</c> is <c>issue.resolved</c>).</summary>
    public static AuditAction ForIssueEvent(string eventAction) => eventAction switch
    {
        "resolved" => IssueResolved,
        "waived" => IssueWaived,
        "reopened" => IssueReopened,
        "assigned" => IssueAssigned,
        "unassigned" => IssueUnassigned,
        "commented" => IssueCommented,
        "auto-closed" => IssueAutoClosed,
        _ => throw new ArgumentOutOfRangeException(
            nameof(eventAction), eventAction, "No audit action for this step."),
    };
}
