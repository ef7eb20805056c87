namespace CardProcessor.Web.Api.Models;

public sealed record BulkOutcome(
    Guid IssueId, string Outcome, string? Reason, string? Status);
