using CardProcessor.Data.Documents;

namespace CardProcessor.Data.Sessions;

/// <summary>
/// One month's statement and receipt report being processed and reviewed. Its state changes only
/// through its methods, each checked by <see cref="SessionPolicy"/>; what is set at creation
/// (name, period, times) is given in the initializer and changed only through those methods too.
/// </summary>
public sealed class ProcessingSession
{
    private string _name = string.Empty;
    private DateOnly _periodStart;
    private DateOnly _periodEnd;
    private DateTimeOffset _updatedAt;

    public Guid Id { get; set; }

    public required string Name { get => _name; init => _name = value; }

    public DateOnly PeriodStart { get => _periodStart; init => _periodStart = value; }

    public DateOnly PeriodEnd { get => _periodEnd; init => _periodEnd = value; }

    public SessionStatus Status { get; private set; } = SessionStatus.Draft;

    /// <summary>The session this one re-runs or corrects.</summary>
    public Guid? ParentSessionId { get; set; }

    public ProcessingSession? ParentSession { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get => _updatedAt; init => _updatedAt = value; }

    public DateTimeOffset? ProcessingStartedAt { get; private set; }

    public DateTimeOffset? ProcessingCompletedAt { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    /// <summary>PostgreSQL <c>xmin</c>: the optimistic-concurrency token.</summary>
    public uint Version { get; set; }

    public List<SourceDocument> Documents { get; } = [];

    public bool Allows(SessionAction action) => Status.Allows(action);

    /// <inheritdoc cref="SessionPolicy.Require"/>
    public void Require(SessionAction action) => SessionPolicy.Require(Status, action);

    /// <summary>Renames the session and, in a Draft, changes its billing period; null leaves a value.</summary>
    public void Edit(string? name, DateOnly? periodStart, DateOnly? periodEnd, DateTimeOffset now)
    {
        Require(periodStart is null && periodEnd is null ? SessionAction.Edit : SessionAction.ChangePeriod);
        Require(SessionAction.Edit);

        var start = periodStart ?? _periodStart;
        var end = periodEnd ?? _periodEnd;
        if (end < start)
        {
            throw new ArgumentException("periodEnd must not be before periodStart.", nameof(periodEnd));
        }

        _name = name ?? _name;
        (_periodStart, _periodEnd) = (start, end);
        _updatedAt = now;
    }

    /// <summary>
    /// Queues every document not yet extracted (uploaded, or failed in an earlier run) and returns
    /// them; the caller sends each its message. Needs <see cref="Documents"/> loaded.
    /// </summary>
    public IReadOnlyList<SourceDocument> StartProcessing(DateTimeOffset now)
    {
        Require(SessionAction.StartProcessing);
        var pending = Documents.Where(d => d.Allows(DocumentAction.Queue)).ToList();
        if (pending.Count == 0)
        {
            throw SessionPolicy.Refuse(Status, SessionAction.StartProcessing,
                "The session has no documents to process; upload a statement and a receipt report first.");
        }

        foreach (var document in pending)
        {
            document.Queue();
        }

        Status = SessionStatus.Processing;
        ProcessingStartedAt = now;
        ProcessingCompletedAt = null;
        _updatedAt = now;
        return pending;
    }

    /// <summary>
    /// Stops processing: every document not yet final fails with who cancelled it, and the session
    /// fails, so it can be processed again. A worker still reading one finds it final and drops its
    /// result. Returns the documents it failed.
    /// </summary>
    public IReadOnlyList<SourceDocument> CancelProcessing(string cancelledBy, DateTimeOffset now)
    {
        Require(SessionAction.CancelProcessing);
        var cancelled = Documents.Where(d => !d.Status.IsFinal()).ToList();
        foreach (var document in cancelled)
        {
            document.Fail($"Processing was cancelled by {cancelledBy}.");
        }

        Status = SessionStatus.Failed;
        ProcessingCompletedAt = now;
        _updatedAt = now;
        return cancelled;
    }

    /// <summary>
    /// Queues one failed document again and puts the session back into Processing; when it is final,
    /// the session completes (matching and validation run again) as after any run.
    /// </summary>
    public SourceDocument RetryDocument(Guid documentId, DateTimeOffset now)
    {
        Require(SessionAction.RetryDocument);
        var document = Documents.FirstOrDefault(d => d.Id == documentId)
            ?? throw new ArgumentException($"Document {documentId} is not in session {Id}.", nameof(documentId));
        if (document.Status != DocumentStatus.Failed)
        {
            throw SessionPolicy.Refuse(Status, SessionAction.RetryDocument,
                $"Only a failed document can be retried; this one is {document.Status}.");
        }

        document.Queue();
        Status = SessionStatus.Processing;
        ProcessingStartedAt = now;
        ProcessingCompletedAt = null;
        _updatedAt = now;
        return document;
    }

    /// <summary>Every document is final: Review when at least one was read, else Failed.</summary>
    public void CompleteProcessing(bool anyDocumentExtracted, DateTimeOffset now)
    {
        Require(SessionAction.CompleteProcessing);
        Status = anyDocumentExtracted ? SessionStatus.Review : SessionStatus.Failed;
        ProcessingCompletedAt = now;
        _updatedAt = now;
    }

    /// <summary>
    /// Approves and freezes the session; every error-severity issue must be resolved or waived first.
    /// </summary>
    public void Approve(string approvedBy, int openErrors, DateTimeOffset now)
    {
        Require(SessionAction.Approve);
        if (openErrors > 0)
        {
            throw SessionPolicy.Refuse(Status, SessionAction.Approve,
                $"{openErrors} error-severity issue(s) are still open; resolve or waive them before approving.");
        }

        Status = SessionStatus.Approved;
        ApprovedBy = approvedBy;
        ApprovedAt = now;
        _updatedAt = now;
    }
}
