namespace CardProcessor.Data.Issues;

/// <summary>What can happen to an issue; <see cref="IssueLifecycle"/> says in which states.</summary>
public enum IssueAction
{
    /// <summary>A reviewer resolves it, with a note.</summary>
    Resolve,

    /// <summary>A reviewer waives it, with a justification.</summary>
    Waive,

    /// <summary>
    /// A reviewer reopens a closed issue, or a validation run one it had closed; an open issue stays as it is.
    /// </summary>
    Reopen,

    Assign,

    Comment,

    /// <summary>A validation run no longer finds it and closes it with the reason.</summary>
    AutoClose,
}
