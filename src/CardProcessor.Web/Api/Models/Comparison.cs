namespace CardProcessor.Web.Api.Models;

public sealed record Comparison(
    Guid SessionId, Guid ParentSessionId, IReadOnlyList<ComparedCharge> TransactionsAdded,
    IReadOnlyList<ComparedCharge> TransactionsRemoved, IReadOnlyList<ChangedCharge> TransactionsChanged,
    IReadOnlyList<ComparedIssue> IssuesOpened, IReadOnlyList<ComparedIssue> IssuesClosed);
