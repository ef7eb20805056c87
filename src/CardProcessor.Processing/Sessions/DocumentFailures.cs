using CardProcessor.Contracts;
using CardProcessor.Data;
using CardProcessor.Data.Documents;
using CardProcessor.Processing.Auditing;
using CardProcessor.Processing.Observability;
using CardProcessor.Processing.Outbox;

namespace CardProcessor.Processing.Sessions;

internal static class DocumentFailures
{
    /// <summary>Marks a document failed with a reason a person can act on, and announces it.</summary>
    public static void MarkFailed(this CardProcessorDbContext db, SourceDocument document, string reason, AuditActor actor, TimeProvider time)
    {
        var before = new { document.Status, document.Error };
        document.Status = DocumentStatus.Failed;
        document.Error = reason.Length > 2000 ? reason[..2000] : reason;
        db.Audit(actor, "document.failed", "document", document.Id, before, new { document.Status, document.Error }, time);
        db.AddOutboxMessage(new DocumentProcessed(document.Id, document.SessionId, false, document.Error), actor.CorrelationId);
        ExtractionMetrics.DocumentsProcessed.WithLabels(document.Kind.ToString(), "failed").Inc();
    }
}
