using CardProcessor.Data;
using CardProcessor.Reports.Rows;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports.Excel;

/// <summary>
/// Every validation issue of the session, open or closed, with who resolved it and why: the issues
/// CSV's rows, with instants as date-time cells in UTC.
/// </summary>
internal static class IssuesSheet
{
    public const string Name = "Issues";

    public static async Task<IWorkbookSheet> LoadAsync(
        CardProcessorDbContext db, WorkbookData data, CancellationToken cancellationToken)
    {
        var rows = await IssueRow.OfSession(db, data.Session.Id).ToListAsync(cancellationToken);
        SheetColumn<IssueRow>[] columns =
        [
            new("Rule", CellKind.Text, r => r.RuleCode),
            new("Severity", CellKind.Text, r => r.Severity.ToString()),
            new("Status", CellKind.Text, r => r.Status.ToString()),
            new("Name", CellKind.Text, r => data.Names.Of(r.EmployeeId) ?? data.CardName(r.CardId)),
            new("Card", CellKind.Text, r => data.Last4(r.CardId)),
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
}
