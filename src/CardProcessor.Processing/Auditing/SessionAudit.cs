using CardProcessor.Data.Sessions;

namespace CardProcessor.Processing.Auditing;

/// <summary>The audit rows of a session's changes, each with the before and after it records.</summary>
public static class SessionAudit
{
    public static AuditChange Created(ProcessingSession s) => new(AuditActions.SessionCreated, s.Id, null,
        new { s.Name, s.PeriodStart, s.PeriodEnd, s.ParentSessionId, Documents = s.Documents.Count });

    /// <summary>The fields a <c>PATCH</c> changes, as the audit row shows them: take it before the change.</summary>
    public static object Editable(ProcessingSession s) => new { s.Name, s.PeriodStart, s.PeriodEnd };

    public static AuditChange Updated(object before, ProcessingSession s) =>
        new(AuditActions.SessionUpdated, s.Id, before, Editable(s));

    public static AuditChange Deleted(ProcessingSession s, int documents) => new(AuditActions.SessionDeleted, s.Id,
        new { s.Name, s.PeriodStart, s.PeriodEnd, Documents = documents }, null);

    public static AuditChange ProcessingStarted(
        ProcessingSession s,
        SessionStatus before,
        IEnumerable<Guid> documents) =>
        new(
            AuditActions.SessionProcessingStarted,
            s.Id,
            new { Status = before },
            new { s.Status, Documents = documents });

    public static AuditChange ProcessingCancelled(IEnumerable<Guid> documents, ProcessingSession s) =>
        new(
            AuditActions.SessionProcessingCancelled,
            s.Id,
            new { Status = SessionStatus.Processing },
            new { s.Status, CancelledDocuments = documents });

    public static AuditChange Processed(ProcessingSession s, SessionStatus before, object summary) =>
        new(AuditActions.SessionProcessed, s.Id, new { Status = before }, new { s.Status, summary });

    public static AuditChange Validated(Guid sessionId, object summary) =>
        new(AuditActions.SessionValidated, sessionId, null, summary);

    public static AuditChange Approved(ProcessingSession s) => new(AuditActions.SessionApproved, s.Id,
        new { Status = SessionStatus.Review }, new { s.Status, s.ApprovedBy });
}
