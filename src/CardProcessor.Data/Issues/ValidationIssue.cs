namespace CardProcessor.Data.Issues;

/// <summary>
/// A finding of a validation rule, tracked until someone resolves or waives it. Its lifecycle
/// changes only through its methods, each checked by <see cref="IssueLifecycle"/>; each step is
/// kept as an <see cref="IssueChange"/> until the history writer saves it with its audit row.
/// </summary>
public sealed class ValidationIssue
{
    private readonly List<IssueChange> _changes = [];
    private string _message = string.Empty;
    private IssueSeverity _severity;
    private DateTimeOffset _updatedAt;

    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    /// <summary>Stable rule code, e.g. <c>missing-receipt</c>.</summary>
    public required string RuleCode { get; set; }

    public IssueSeverity Severity { get => _severity; init => _severity = value; }

    public IssueStatus Status { get; private set; } = IssueStatus.Open;

    /// <summary>Identifies "the same finding" across validation runs (rule plus subject).</summary>
    public required string Fingerprint { get; set; }

    public required string Message { get => _message; init => _message = value; }

    public Guid? TransactionId { get; set; }

    /// <summary>The subject transaction's reference (Transaction #), for people and links.</summary>
    public string? TransactionReference { get; set; }

    public Guid? ReceiptId { get; set; }

    public Guid? CardId { get; set; }

    public Guid? EmployeeId { get; set; }

    public Guid? DocumentId { get; set; }

    public string? Assignee { get; private set; }

    public string? ResolutionNote { get; private set; }

    public string? ResolvedBy { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get => _updatedAt; init => _updatedAt = value; }

    public uint Version { get; set; }

    public List<ValidationIssueEvent> History { get; } = [];

    public bool Allows(IssueAction action) => Status.Allows(action);

    /// <summary>
    /// The "opened" event of a new issue, in its <see cref="History"/>: call it before the issue is added to the
    /// context.
    /// </summary>
    public void RecordOpening(string actor, DateTimeOffset now) =>
        History.Add(Event("opened", null, IssueStatus.Open, actor, null, now));

    /// <summary>A later run words the same finding differently or weighs it differently.</summary>
    public void Restate(string message, IssueSeverity severity, DateTimeOffset now)
    {
        if (_message != message || _severity != severity)
        {
            (_message, _severity, _updatedAt) = (message, severity, now);
        }
    }

    public void Resolve(string note, string actor, DateTimeOffset now) =>
        Close(IssueAction.Resolve, IssueStatus.Resolved, "resolved", note, actor, now);

    public void Waive(string justification, string actor, DateTimeOffset now) =>
        Close(IssueAction.Waive, IssueStatus.Waived, "waived", justification, actor, now);

    /// <summary>A validation run no longer finds the issue; <paramref name="actor"/> names the run.</summary>
    public void AutoClose(string reason, string actor, DateTimeOffset now) =>
        Close(IssueAction.AutoClose, IssueStatus.Resolved, "auto-closed", reason, actor, now);

    /// <summary>Reopens a closed issue and clears its resolution; an open issue stays as it is.</summary>
    public void Reopen(string? note, string actor, DateTimeOffset now)
    {
        IssueLifecycle.Require(Status, IssueAction.Reopen);
        if (Status.IsOpen())
        {
            return;
        }

        var from = Status;
        Status = IssueStatus.Reopened;
        (ResolutionNote, ResolvedBy, ResolvedAt, _updatedAt) = (null, null, null, now);
        Record("reopened", from, Status, actor, note, now);
    }

    /// <summary>The reviewer who owns the issue; null or blank unassigns it.</summary>
    public void Assign(string? assignee, string actor, DateTimeOffset now)
    {
        IssueLifecycle.Require(Status, IssueAction.Assign);
        var next = string.IsNullOrWhiteSpace(assignee) ? null : assignee.Trim();
        if (next == Assignee)
        {
            return;
        }

        var previous = Assignee;
        (Assignee, _updatedAt) = (next, now);
        Record(
            next is null ? "unassigned" : "assigned",
            null,
            null,
            actor,
            next is null ? $"was {previous}" : $"to {next}",
            now);
    }

    public void Comment(string text, string actor, DateTimeOffset now)
    {
        IssueLifecycle.Require(Status, IssueAction.Comment);
        _updatedAt = now;
        Record("commented", null, null, actor, text.Trim(), now);
    }

    /// <summary>
    /// Moves the issue to the status a reviewer asked for: Resolved or Waived close it with
    /// <paramref name="note"/>, Open (or Reopened) reopens it.
    /// </summary>
    public void MoveTo(IssueStatus status, string? note, string actor, DateTimeOffset now)
    {
        switch (status)
        {
            case IssueStatus.Resolved:
                Resolve(note ?? string.Empty, actor, now);
                break;
            case IssueStatus.Waived:
                Waive(note ?? string.Empty, actor, now);
                break;
            default:
                Reopen(note, actor, now);
                break;
        }
    }

    /// <summary>The action <see cref="MoveTo"/> takes for <paramref name="status"/>.</summary>
    public static IssueAction ActionFor(IssueStatus status) => status switch
    {
        IssueStatus.Resolved => IssueAction.Resolve,
        IssueStatus.Waived => IssueAction.Waive,
        _ => IssueAction.Reopen,
    };

    /// <summary>The steps taken since the last call, oldest first, for the history writer.</summary>
    public IReadOnlyList<IssueChange> TakeChanges()
    {
        var changes = _changes.ToList();
        _changes.Clear();
        return changes;
    }

    private void Close(IssueAction action, IssueStatus to, string name, string note, string actor, DateTimeOffset now)
    {
        IssueLifecycle.Require(Status, action);
        var from = Status;
        var text = note.Trim();
        Status = to;
        (ResolutionNote, ResolvedBy, ResolvedAt, _updatedAt) = (text, actor, now, now);
        Record(name, from, to, actor, note, now);
    }

    private void Record(
        string action,
        IssueStatus? from,
        IssueStatus? to,
        string actor,
        string? note,
        DateTimeOffset now) =>
        _changes.Add(new IssueChange(Event(action, from, to, actor, note, now), Status, Assignee));

    private ValidationIssueEvent Event(
        string action,
        IssueStatus? from,
        IssueStatus? to,
        string actor,
        string? note,
        DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            IssueId = Id,
            Action = action,
            FromStatus = from,
            ToStatus = to,
            Actor = actor,
            Note = note,
            At = now,
        };
}
