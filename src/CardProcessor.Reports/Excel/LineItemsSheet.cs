using CardProcessor.Data;
using CardProcessor.Reports.Rows;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports.Excel;

/// <summary>
/// The product lines of each transaction (fuel grade, quantity, unit price, gross, discount, net),
/// keyed by Transaction #, with the charge's card, date and merchant taken from the Transactions
/// sheet's rows rather than read again with every line.
/// </summary>
internal static class LineItemsSheet
{
    public const string Name = "Line Items";

    public static async Task<IWorkbookSheet> LoadAsync(
        CardProcessorDbContext db, WorkbookData data, CancellationToken cancellationToken)
    {
        var lines = (await db.Transactions.AsNoTracking()
                .Where(t => t.SessionId == data.Session.Id)
                .SelectMany(t => t.LineItems)
                .OrderBy(l => l.LineNumber)
                .Select(LineItemRow.Projection)
                .ToListAsync(cancellationToken))
            .ToLookup(l => l.TransactionId);
        var rows = data.Transactions.SelectMany(t => lines[t.Id], (t, l) => new LineItemSheetRow(t, l)).ToList();

        SheetColumn<LineItemSheetRow>[] columns =
        [
            new("Name", CellKind.Text, r => data.CardName(r.Charge.CardId, r.Charge.HolderName)),
            new("Card", CellKind.Text, r => r.Charge.CardLast4),
            new("Transaction #", CellKind.Text, r => r.Charge.Reference),
            new("Transaction Date", CellKind.Date, r => r.Charge.TransactionDate),
            new("Merchant", CellKind.Text, r => r.Charge.Merchant),
            new("Line", CellKind.Integer, r => r.Line.LineNumber),
            new("Description", CellKind.Text, r => r.Line.Description),
            new("Unit Price", CellKind.Decimal, r => r.Line.UnitPrice),
            new("Quantity", CellKind.Decimal, r => r.Line.Quantity),
            new("Gross", CellKind.Money, r => r.Line.Gross),
            new("Discount", CellKind.Money, r => r.Line.Discount),
            new("Net", CellKind.Money, r => r.Line.Net),
        ];
        return new WorkbookSheet<LineItemSheetRow>(Name, columns, rows);
    }

    private sealed record LineItemSheetRow(TransactionRow Charge, LineItemRow Line);
}
