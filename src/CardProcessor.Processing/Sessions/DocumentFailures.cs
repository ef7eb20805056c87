using CardProcessor.Contracts;
using CardProcessor.Data;
using CardProcessor.Data.Documents;
using CardProcessor.Processing.Auditing;
using CardProcessor.Processing.Observability;
using CardProcessor.Processing.Outbox;

namespace CardProcessor.Processing.Sessions;

internal static class DocumentFailures
{
    /// <summary>Marks a document failed with a reason a person can act on, audits and announces it.</summary>
    public static void MarkFailed(
        this CardProcessorDbContext db,
        SourceDocument document,
        string reason,
        AuditActor actor)
    {
        var (before, beforeError) = (document.Status, document.Error);
        document.Fail(reason);
        db.Audit(actor, DocumentAudit.Failed(document, before, beforeError));
        db.AddOutboxMessage(
            new DocumentProcessed(document.Id, document.SessionId, false, document.Error),
            actor.CorrelationId);
        ExtractionMetrics.DocumentsProcessed.WithLabels(document.Kind.ToString(), "failed").Inc();
    }
}
