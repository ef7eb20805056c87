using CardProcessor.Data.Documents;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Processing.Auditing;

/// <summary>The audit rows of a document's changes.</summary>
public static class DocumentAudit
{
    public static AuditChange Uploaded(SourceDocument d) => new(AuditActions.DocumentUploaded, d.Id, null,
        new { d.SessionId, d.Kind, d.FileName, d.Size, d.Sha256, d.PageCount });

    public static AuditChange Extracted(SourceDocument d, ExtractedDocument extracted) =>
        new(AuditActions.DocumentExtracted, d.Id, null, new
        {
            d.Layout,
            d.PageCount,
            Cardholders = extracted.Cardholders.Count,
            Transactions = extracted.Cardholders.Sum(c => c.Transactions.Count),
            Receipts = extracted.Receipts.Count,
            Findings = extracted.Findings.Count,
            d.Extractor,
        });

    public static AuditChange Failed(SourceDocument d, DocumentStatus before, string? beforeError) =>
        new(AuditActions.DocumentFailed, d.Id, new { Status = before, Error = beforeError }, new { d.Status, d.Error });

    public static AuditChange Retried(SourceDocument d, string? beforeError) => new(AuditActions.DocumentRetried, d.Id,
        new { Status = DocumentStatus.Failed, Error = beforeError }, new { d.Status, d.SessionId });
}
