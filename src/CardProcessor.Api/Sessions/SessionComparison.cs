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

public sealed record ComparedTransaction(Guid Id, string CardLast4, string? Reference, DateOnly TransactionDate, DateOnly? PostingDate, string Merchant, decimal Amount);

public sealed record ChangedTransaction(ComparedTransaction Before, ComparedTransaction After, IReadOnlyList<string> Fields);

public sealed record ComparedIssue(Guid Id, string Rule, string Subject, string Message);
