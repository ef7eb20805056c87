using System.Linq.Expressions;
using CardProcessor.Api.Concurrency;
using CardProcessor.Data.Issues;

namespace CardProcessor.Api.Issues;

public sealed record IssueResponse(
    Guid Id,
    Guid SessionId,
    string Rule,
    IssueSeverity Severity,
    IssueStatus Status,
    string Message,
    Guid? TransactionId,
    string? TransactionReference,
    Guid? ReceiptId,
    Guid? CardId,
    Guid? EmployeeId,
    Guid? DocumentId,
    string? Assignee,
    string? ResolutionNote,
    string? ResolvedBy,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string ETag)
{
    public static readonly Expression<Func<ValidationIssue, IssueResponse>> Projection = i => new IssueResponse(
        i.Id,
        i.SessionId,
        i.RuleCode,
        i.Severity,
        i.Status,
        i.Message,
        i.TransactionId,
        i.TransactionReference,
        i.ReceiptId,
        i.CardId,
        i.EmployeeId,
        i.DocumentId,
        i.Assignee,
        i.ResolutionNote,
        i.ResolvedBy,
        i.ResolvedAt,
        i.CreatedAt,
        i.UpdatedAt,
        ETags.From(i.Version));
}
