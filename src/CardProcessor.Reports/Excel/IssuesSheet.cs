using CardProcessor.Data;
using CardProcessor.Data.Issues;
using CardProcessor.Reports.Cards;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports.Excel;

/// <summary>Every validation issue of the session, open or closed, with who resolved it and why.</summary>
internal static class IssuesSheet
{
    public const string Name = "Issues";

    public static async Task<IWorkbookSheet> LoadAsync(CardProcessorDbContext db, ReportSession session, IReadOnlyList<SessionCard> cards, EmployeeNames names, CancellationToken cancellationToken)
    {
        var byCard = cards.ToDictionary(c => c.CardId);
        var rows = await db.ValidationIssues.AsNoTracking()
            .Where(i => i.SessionId == session.Id)
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id)
            .Select(i => new IssueRow(
                i.RuleCode, i.Severity, i.Status, i.EmployeeId, i.CardId, i.TransactionReference, i.Message, i.Assignee,
                i.CreatedAt, i.UpdatedAt, i.ResolvedBy, i.ResolvedAt, i.ResolutionNote))
            .ToListAsync(cancellationToken);

        SheetColumn<IssueRow>[] columns =
        [
            new("Rule", CellKind.Text, r => r.RuleCode),
            new("Severity", CellKind.Text, r => r.Severity.ToString()),
            new("Status", CellKind.Text, r => r.Status.ToString()),
            new("Name", CellKind.Text, r => names.Of(r.EmployeeId) ?? (r.CardId is { } id ? byCard.GetValueOrDefault(id)?.Name : null)),
            new("Card", CellKind.Text, r => r.CardId is { } id ? byCard.GetValueOrDefault(id)?.Last4 : null),
            new("Transaction #", CellKind.Text, r => r.TransactionReference),
            new("Message", CellKind.Text, r => r.Message),
            new("Assignee", CellKind.Text, r => r.Assignee),
            new("Created (UTC)", CellKind.Timestamp, r => r.CreatedAt),
            new("Updated (UTC)", CellKind.Timestamp, r => r.UpdatedAt),
            new("Resolved By", CellKind.Text, r => r.ResolvedBy),
            new("Resolved (UTC)", CellKind.Timestamp, r => r.ResolvedAt),
            new("Resolution Note", CellKind.Text, r => r.ResolutionNote),
        ];
        return new WorkbookSheet<IssueRow>(Name, columns, rows);
    }

    private sealed record IssueRow(
        string RuleCode,
        IssueSeverity Severity,
        IssueStatus Status,
        Guid? EmployeeId,
        Guid? CardId,
        string? TransactionReference,
        string Message,
        string? Assignee,
        DateTimeOffset CreatedAt,
        DateTimeOffset UpdatedAt,
        string? ResolvedBy,
        DateTimeOffset? ResolvedAt,
        string? ResolutionNote);
}
