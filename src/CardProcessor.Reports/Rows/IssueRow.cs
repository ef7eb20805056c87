using System.Linq.Expressions;
using CardProcessor.Data;
using CardProcessor.Data.Issues;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports.Rows;

/// <summary>
/// A validation issue as the issues CSV and the Issues sheet take it. It holds the fields of the API's
/// issue response too (ids, document, version), so that response can be built from this projection.
/// </summary>
public sealed record IssueRow
{
    public static readonly Expression<Func<ValidationIssue, IssueRow>> Projection = i => new IssueRow
    {
        Id = i.Id,
        SessionId = i.SessionId,
        RuleCode = i.RuleCode,
        Severity = i.Severity,
        Status = i.Status,
        Message = i.Message,
        TransactionId = i.TransactionId,
        TransactionReference = i.TransactionReference,
        ReceiptId = i.ReceiptId,
        CardId = i.CardId,
        EmployeeId = i.EmployeeId,
        DocumentId = i.DocumentId,
        Assignee = i.Assignee,
        ResolutionNote = i.ResolutionNote,
        ResolvedBy = i.ResolvedBy,
        ResolvedAt = i.ResolvedAt,
        CreatedAt = i.CreatedAt,
        UpdatedAt = i.UpdatedAt,
        Version = i.Version,
    };

    public Guid Id { get; init; }

    public Guid SessionId { get; init; }

    public required string RuleCode { get; init; }

    public IssueSeverity Severity { get; init; }

    public IssueStatus Status { get; init; }

    public required string Message { get; init; }

    public Guid? TransactionId { get; init; }

    public string? TransactionReference { get; init; }

    public Guid? ReceiptId { get; init; }

    public Guid? CardId { get; init; }

    public Guid? EmployeeId { get; init; }

    public Guid? DocumentId { get; init; }

    public string? Assignee { get; init; }

    public string? ResolutionNote { get; init; }

    public string? ResolvedBy { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The row version (PostgreSQL's xmin), for an ETag.</summary>
    public uint Version { get; init; }

    /// <summary>The session's issues, open or closed, oldest first.</summary>
    public static IQueryable<IssueRow> OfSession(CardProcessorDbContext db, Guid sessionId) =>
        db.ValidationIssues.AsNoTracking()
            .Where(i => i.SessionId == sessionId)
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id)
            .Select(Projection);
}
