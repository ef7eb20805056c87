using CardProcessor.Data.Sessions;

namespace CardProcessor.Data.Documents;

/// <summary>
/// An uploaded PDF (statement or receipt report) and its processing state, which changes only
/// through its methods, each checked by <see cref="DocumentLifecycle"/>.
/// </summary>
public sealed class SourceDocument
{
    /// <summary>The length of the <c>error</c> column.</summary>
    public const int MaxErrorLength = 2000;

    private string? _layout;
    private int _pageCount;

    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public ProcessingSession? Session { get; set; }

    public SourceDocumentKind Kind { get; set; }

    /// <summary>The layout family recognised (see the extraction engine's layout names).</summary>
    public string? Layout { get => _layout; init => _layout = value; }

    public required string FileName { get; set; }

    public long Size { get; set; }

    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public required string Sha256 { get; set; }

    public required string BlobName { get; set; }

    public int PageCount { get => _pageCount; init => _pageCount = value; }

    public int PagesDone { get; private set; }

    /// <summary>Pages read by Document Intelligence rather than from the text layer (the cost).</summary>
    public int PagesByDocumentIntelligence { get; private set; }

    /// <summary>Which extractor read the document: Local, DocumentIntelligence or Mixed.</summary>
    public string? Extractor { get; private set; }

    /// <summary>Printed totals the extracted rows did not reconcile with.</summary>
    public List<DocumentFinding> Findings { get; private set; } = [];

    public DocumentStatus Status { get; private set; } = DocumentStatus.Uploaded;

    public string? Error { get; private set; }

    public int Attempts { get; private set; }

    public required string UploadedBy { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public DateTimeOffset? ExtractedAt { get; private set; }

    public uint Version { get; set; }

    public bool Allows(DocumentAction action) => Status.Allows(action);

    /// <summary>Waits for a worker; an earlier run's error and progress are cleared.</summary>
    public void Queue()
    {
        DocumentLifecycle.Require(Status, DocumentAction.Queue);
        Status = DocumentStatus.Queued;
        Error = null;
        PagesDone = 0;
    }

    /// <summary>A worker starts reading it: one more attempt, no page done yet.</summary>
    public void StartExtracting()
    {
        DocumentLifecycle.Require(Status, DocumentAction.StartExtracting);
        Status = DocumentStatus.Extracting;
        Attempts++;
        PagesDone = 0;
    }

    /// <summary>Which extractor read it, and how many pages went to Document Intelligence (the cost).</summary>
    public void RecordReader(string extractor, int pagesByDocumentIntelligence)
    {
        Extractor = extractor;
        PagesByDocumentIntelligence = pagesByDocumentIntelligence;
    }

    /// <summary>Its rows are stored: what the extractor recognised, and the totals that did not reconcile.</summary>
    public void CompleteExtraction(string? layout, int pageCount, List<DocumentFinding> findings, DateTimeOffset now)
    {
        DocumentLifecycle.Require(Status, DocumentAction.CompleteExtraction);
        _layout = layout;
        _pageCount = pageCount;
        PagesDone = pageCount;
        Findings = findings;
        Status = DocumentStatus.Extracted;
        Error = null;
        ExtractedAt = now;
    }

    /// <summary>It cannot be read; the reason (cut to what the column holds) says why.</summary>
    public void Fail(string reason)
    {
        DocumentLifecycle.Require(Status, DocumentAction.Fail);
        Status = DocumentStatus.Failed;
        Error = reason.Length > MaxErrorLength ? reason[..MaxErrorLength] : reason;
    }
}
