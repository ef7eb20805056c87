using CardProcessor.Reports.Cards;

namespace CardProcessor.Reports.Excel;

/// <summary>
/// One row per card, people's and vehicles': what was spent, what receipts cover it, and whether the card is done.
/// </summary>
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

    /// <summary>
    /// Totals are added up from the transaction rows the other sheets show (decimal sums are exact, so
    /// they equal the database's). A charge no receipt pays is missing one, except on a vehicle: the
    /// fleet team codes those.
    /// </summary>
    public static IWorkbookSheet Create(WorkbookData data)
    {
        var totals = data.Transactions.GroupBy(t => t.CardId).ToDictionary(g => g.Key, g => g.Sum(t => t.Amount));
        var unpaid = data.Transactions
            .Where(t => t.Amount > 0 && !t.ReceiptMatched
                && data.CardsById.GetValueOrDefault(t.CardId)?.IsVehicle == false)
            .GroupBy(t => t.CardId)
            .ToDictionary(g => g.Key, g => g.Sum(t => t.Amount));
        var rows = data.Cards
            .Select(c => new SummaryRow(c, totals.GetValueOrDefault(c.CardId), unpaid.GetValueOrDefault(c.CardId)))
            .ToList();
        return new WorkbookSheet<SummaryRow>(Name, s_columns, rows);
    }

    private sealed record SummaryRow(SessionCard Card, decimal ActivityTotal, decimal MissingReceiptAmount);
}
