using CardProcessor.Data;
using CardProcessor.Reports.Cards;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports.Excel;

/// <summary>The product lines of each transaction (fuel grade, quantity, unit price, gross, discount, net), keyed by Transaction #.</summary>
internal static class LineItemsSheet
{
    public const string Name = "Line Items";

    public static async Task<IWorkbookSheet> LoadAsync(CardProcessorDbContext db, ReportSession session, IReadOnlyList<SessionCard> cards, CancellationToken cancellationToken)
    {
        var byCard = cards.ToDictionary(c => c.CardId);
        var rows = await (
                from t in db.Transactions.AsNoTracking()
                where t.SessionId == session.Id
                from l in t.LineItems
                orderby t.DocumentId, t.Sequence, l.LineNumber
                select new LineItemRow(t.CardId, t.Card!.Last4, t.Card.HolderName, t.Reference, t.TransactionDate, t.Merchant, l.LineNumber, l.Description, l.UnitPrice, l.Quantity, l.Gross, l.Discount, l.Net))
            .ToListAsync(cancellationToken);

        SheetColumn<LineItemRow>[] columns =
        [
            new("Name", CellKind.Text, r => byCard.TryGetValue(r.CardId, out var card) ? card.Name : r.HolderName),
            new("Card", CellKind.Text, r => r.Last4),
            new("Transaction #", CellKind.Text, r => r.Reference),
            new("Transaction Date", CellKind.Date, r => r.TransactionDate),
            new("Merchant", CellKind.Text, r => r.Merchant),
            new("Line", CellKind.Integer, r => r.LineNumber),
            new("Description", CellKind.Text, r => r.Description),
            new("Unit Price", CellKind.Decimal, r => r.UnitPrice),
            new("Quantity", CellKind.Decimal, r => r.Quantity),
            new("Gross", CellKind.Money, r => r.Gross),
            new("Discount", CellKind.Money, r => r.Discount),
            new("Net", CellKind.Money, r => r.Net),
        ];
        return new WorkbookSheet<LineItemRow>(Name, columns, rows);
    }

    private sealed record LineItemRow(
        Guid CardId,
        string Last4,
        string HolderName,
        string? Reference,
        DateOnly TransactionDate,
        string Merchant,
        int LineNumber,
        string Description,
        decimal? UnitPrice,
        decimal? Quantity,
        decimal Gross,
        decimal Discount,
        decimal Net);
}
