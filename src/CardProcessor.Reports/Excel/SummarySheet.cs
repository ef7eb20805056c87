using CardProcessor.Data;
using CardProcessor.Data.Receipts;
using CardProcessor.Reports.Cards;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports.Excel;

/// <summary>One row per card, people's and vehicles': what was spent, what receipts cover it, and whether the card is done.</summary>
internal static class SummarySheet
{
    public const string Name = "Summary";

    private static readonly SheetColumn<SummaryRow>[] s_columns =
    [
        new("Name", CellKind.Text, r => r.Card.Name),
        new("Employee ID", CellKind.Text, r => r.Card.EmployeeNumber),
        new("Card", CellKind.Text, r => r.Card.Last4),
        new("Card Activity Total", CellKind.Money, r => r.ActivityTotal),
        new("Receipt Total", CellKind.Money, r => r.Card.Receipts.Sum(x => x.Amount)),
        new("Receipt Count", CellKind.Integer, r => r.Card.Receipts.Count),
        new("Missing Receipt Amount", CellKind.Money, r => r.MissingReceiptAmount),
        new("Status", CellKind.Text, r => r.Card.IsFinished ? "Finished" : "Unfinished"),
        new("Open Issues", CellKind.Integer, r => r.Card.OpenIssues),
    ];

    public static async Task<IWorkbookSheet> LoadAsync(CardProcessorDbContext db, ReportSession session, IReadOnlyList<SessionCard> cards, CancellationToken cancellationToken)
    {
        var totals = await db.Transactions.AsNoTracking()
            .Where(t => t.SessionId == session.Id)
            .GroupBy(t => t.CardId)
            .Select(g => new { CardId = g.Key, Total = g.Sum(t => t.Amount) })
            .ToDictionaryAsync(g => g.CardId, g => g.Total, cancellationToken);
        // Charges no receipt pays; a vehicle's are coded by the fleet team and never need one.
        var unpaid = await db.Transactions.AsNoTracking()
            .Where(t => t.SessionId == session.Id && t.Amount > 0 && !t.Card!.IsVehicle
                && !db.Receipts.Any(r => r.MatchedTransactionId == t.Id && (r.MatchStatus == MatchStatus.Matched || r.MatchStatus == MatchStatus.Confirmed)))
            .GroupBy(t => t.CardId)
            .Select(g => new { CardId = g.Key, Total = g.Sum(t => t.Amount) })
            .ToDictionaryAsync(g => g.CardId, g => g.Total, cancellationToken);

        var rows = cards
            .Select(c => new SummaryRow(c, totals.GetValueOrDefault(c.CardId), unpaid.GetValueOrDefault(c.CardId)))
            .ToList();
        return new WorkbookSheet<SummaryRow>(Name, s_columns, rows);
    }

    private sealed record SummaryRow(SessionCard Card, decimal ActivityTotal, decimal MissingReceiptAmount);
}
