using CardProcessor.Data;
using CardProcessor.Data.Receipts;
using CardProcessor.Reports.Cards;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports.Excel;

/// <summary>Every receipt of the receipt report with its coding and the charge it pays.</summary>
internal static class ReceiptsSheet
{
    public const string Name = "Receipts";

    public static async Task<IWorkbookSheet> LoadAsync(CardProcessorDbContext db, ReportSession session, IReadOnlyList<SessionCard> cards, EmployeeNames names, CancellationToken cancellationToken)
    {
        var byCard = cards.ToDictionary(c => c.CardId);
        var rows = await db.Receipts.AsNoTracking()
            .Where(r => r.SessionId == session.Id)
            .OrderBy(r => r.DocumentId).ThenBy(r => r.Sequence)
            .Select(r => new ReceiptRow(
                r.EmployeeId, r.EmployeeName, r.ReportNumber, r.ExpenseType, r.Date, r.ExpenseTransactionId, r.Title, r.Amount, r.Purpose, r.Merchant, r.MerchantAddress,
                r.CodingType, r.Job, r.JobName, r.Phase, r.PhaseName, r.CostType, r.GlAccount, r.GlDescription, r.HasAttachment, r.MatchStatus,
                r.MatchStatus == MatchStatus.Matched || r.MatchStatus == MatchStatus.Confirmed ? r.MatchedTransaction!.Reference : null,
                r.MatchStatus == MatchStatus.Matched || r.MatchStatus == MatchStatus.Confirmed ? r.MatchedTransaction!.Amount : null,
                r.CardId, r.Page))
            .ToListAsync(cancellationToken);

        SheetColumn<ReceiptRow>[] columns =
        [
            new("Name", CellKind.Text, r => names.Of(r.EmployeeId) ?? r.EmployeeName),
            new("Report #", CellKind.Text, r => r.ReportNumber),
            new("Expense Type", CellKind.Text, r => r.ExpenseType),
            new("Date", CellKind.Date, r => r.Date),
            new("Expense Transaction ID", CellKind.Text, r => r.ExpenseTransactionId),
            new("Title", CellKind.Text, r => r.Title),
            new("Amount", CellKind.Money, r => r.Amount),
            new("Purpose", CellKind.Text, r => r.Purpose),
            new("Merchant Name", CellKind.Text, r => r.Merchant),
            new("Merchant Address", CellKind.Text, r => r.MerchantAddress),
            new("Coding", CellKind.Text, r => r.CodingType),
            new("Job", CellKind.Text, r => r.Job),
            new("Job Name", CellKind.Text, r => r.JobName),
            new("Phase", CellKind.Text, r => r.Phase),
            new("Phase Name", CellKind.Text, r => r.PhaseName),
            new("Cost Type", CellKind.Text, r => r.CostType),
            new("GL Account", CellKind.Text, r => r.GlAccount),
            new("GL Description", CellKind.Text, r => r.GlDescription),
            new("Attachment", CellKind.Text, r => r.HasAttachment switch { true => "Yes", false => "No", null => null }),
            new("Match Status", CellKind.Text, r => r.MatchStatus.ToString()),
            new("Matched Transaction #", CellKind.Text, r => r.MatchedReference),
            new("Matched Amount", CellKind.Money, r => r.MatchedAmount),
            new("Card", CellKind.Text, r => r.CardId is { } id ? byCard.GetValueOrDefault(id)?.Last4 : null),
            new("Receipt Page", CellKind.Integer, r => r.Page),
        ];
        return new WorkbookSheet<ReceiptRow>(Name, columns, rows);
    }

    private sealed record ReceiptRow(
        Guid? EmployeeId,
        string EmployeeName,
        string? ReportNumber,
        string? ExpenseType,
        DateOnly Date,
        string? ExpenseTransactionId,
        string? Title,
        decimal Amount,
        string? Purpose,
        string? Merchant,
        string? MerchantAddress,
        string? CodingType,
        string? Job,
        string? JobName,
        string? Phase,
        string? PhaseName,
        string? CostType,
        string? GlAccount,
        string? GlDescription,
        bool? HasAttachment,
        MatchStatus MatchStatus,
        string? MatchedReference,
        decimal? MatchedAmount,
        Guid? CardId,
        int Page);
}
