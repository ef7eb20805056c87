using CardProcessor.Data.Issues;

namespace CardProcessor.Api.Issues;

/// <param name="Outcome">updated, not-found, refused (with the reason) or frozen.</param>
public sealed record BulkItemResult(Guid IssueId, string Outcome, string? Reason, IssueStatus? Status);
