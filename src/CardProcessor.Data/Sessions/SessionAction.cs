namespace CardProcessor.Data.Sessions;

/// <summary>
/// What can be done to a session or to what it holds; <see cref="SessionPolicy"/> says in which states.
/// </summary>
public enum SessionAction
{
    /// <summary>Rename it (any field of <c>PATCH /sessions/{id}</c>).</summary>
    Edit,

    /// <summary>Change its billing period.</summary>
    ChangePeriod,

    AddDocument,

    Delete,

    StartProcessing,

    /// <summary>
    /// The last document is final: the session moves to Review, or to Failed when nothing could be read.
    /// </summary>
    CompleteProcessing,

    /// <summary>Stop processing: documents not yet final fail with who cancelled, the session fails.</summary>
    CancelProcessing,

    /// <summary>Queue one failed document again; the session goes back to Processing.</summary>
    RetryDocument,

    /// <summary>Re-run matching and the rules.</summary>
    Validate,

    /// <summary>Resolve, waive, reopen, assign or comment on its issues.</summary>
    EditIssues,

    /// <summary>Confirm, change or undo its receipts' matches.</summary>
    EditMatches,

    Approve,
}
