namespace CardProcessor.Api.Sessions;

/// <summary>What a child session changed against its parent.</summary>
public sealed record SessionComparison(
    Guid SessionId,
    Guid ParentSessionId,
    IReadOnlyList<ComparedTransaction> TransactionsAdded,
    IReadOnlyList<ComparedTransaction> TransactionsRemoved,
    IReadOnlyList<ChangedTransaction> TransactionsChanged,
    IReadOnlyList<ComparedIssue> IssuesOpened,
    IReadOnlyList<ComparedIssue> IssuesClosed);
