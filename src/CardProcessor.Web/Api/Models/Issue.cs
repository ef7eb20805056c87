namespace CardProcessor.Web.Api.Models;

public sealed record Issue(
    Guid Id, Guid SessionId, string Rule, string Severity, string Status, string Message, Guid? TransactionId,
    string? TransactionReference, Guid? ReceiptId, Guid? CardId, Guid? EmployeeId, Guid? DocumentId,
    string? Assignee, string? ResolutionNote, string? ResolvedBy, DateTimeOffset CreatedAt, string ETag);
