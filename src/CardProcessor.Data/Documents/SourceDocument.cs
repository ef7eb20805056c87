using CardProcessor.Data.Sessions;

namespace CardProcessor.Data.Documents;

/// <summary>An uploaded PDF (statement or receipt report) and its processing state.</summary>
public sealed class SourceDocument
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public ProcessingSession? Session { get; set; }

    public SourceDocumentKind Kind { get; set; }

    /// <summary>The layout family recognised (see the extraction engine's layout names).</summary>
    public string? Layout { get; set; }

    public required string FileName { get; set; }

    public long Size { get; set; }

    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public required string Sha256 { get; set; }

    public required string BlobName { get; set; }

    public int PageCount { get; set; }

    public int PagesDone { get; set; }

    /// <summary>Pages read by Document Intelligence rather than from the text layer (the cost).</summary>
    public int PagesByDocumentIntelligence { get; set; }

    /// <summary>Which extractor read the document: Local, DocumentIntelligence or Mixed.</summary>
    public string? Extractor { get; set; }

    /// <summary>Printed totals the extracted rows did not reconcile with.</summary>
    public List<DocumentFinding> Findings { get; set; } = [];

    public DocumentStatus Status { get; set; } = DocumentStatus.Uploaded;

    public string? Error { get; set; }

    public int Attempts { get; set; }

    public required string UploadedBy { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public DateTimeOffset? ExtractedAt { get; set; }

    public uint Version { get; set; }
}
