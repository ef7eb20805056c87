using CardProcessor.Data;
using CardProcessor.Data.Receipts;
using CardProcessor.Reports.Cards;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports.Excel;

/// <summary>Every charge and credit on the statement, in statement order; its line items are on the Line Items sheet.</summary>
internal static class TransactionsSheet
{
    public const string Name = "Transactions";

    public static async Task<IWorkbookSheet> LoadAsync(CardProcessorDbContext db, ReportSession session, IReadOnlyList<SessionCard> cards, CancellationToken cancellationToken)
    {
        var byCard = cards.ToDictionary(c => c.CardId);
        var rows = await db.Transactions.AsNoTracking()
            .Where(t => t.SessionId == session.Id)
            .OrderBy(t => t.DocumentId).ThenBy(t => t.Sequence)
            .Select(t => new TransactionRow(
                t.CardId, t.Card!.Last4, t.Card.HolderName, t.TransactionDate, t.PostingDate, t.Reference, t.Merchant, t.City, t.State, t.Mcc,
                t.MerchantGroup, t.Level, t.Amount, t.ForeignAmount, t.ForeignCurrency, t.ForeignRate, t.Page,
                db.Receipts.Any(r => r.MatchedTransactionId == t.Id && (r.MatchStatus == MatchStatus.Matched || r.MatchStatus == MatchStatus.Confirmed))))
            .ToListAsync(cancellationToken);

        SheetColumn<TransactionRow>[] columns =
        [
            new("Name", CellKind.Text, r => byCard.TryGetValue(r.CardId, out var card) ? card.Name : r.HolderName),
            new("Employee ID", CellKind.Text, r => byCard.GetValueOrDefault(r.CardId)?.EmployeeNumber),
            new("Card", CellKind.Text, r => r.Last4),
            new("Transaction Date", CellKind.Date, r => r.TransactionDate),
            new("Posting Date", CellKind.Date, r => r.PostingDate),
            new("Transaction #", CellKind.Text, r => r.Reference),
            new("Merchant", CellKind.Text, r => r.Merchant),
            new("City", CellKind.Text, r => r.City),
            new("State", CellKind.Text, r => r.State),
            new("MCC", CellKind.Integer, r => r.Mcc),
            new("Merchant Group", CellKind.Text, r => r.MerchantGroup),
            new("Level", CellKind.Text, r => r.Level),
            new("Amount", CellKind.Money, r => r.Amount),
            new("Foreign Amount", CellKind.Decimal, r => r.ForeignAmount),
            new("Currency", CellKind.Text, r => r.ForeignCurrency),
            new("Exchange Rate", CellKind.Decimal, r => r.ForeignRate),
            new("Receipt Matched", CellKind.Text, r => r.ReceiptMatched ? "Yes" : "No"),
            new("Statement Page", CellKind.Integer, r => r.Page),
        ];
        return new WorkbookSheet<TransactionRow>(Name, columns, rows);
    }

    private sealed record TransactionRow(
        Guid CardId,
        string Last4,
        string HolderName,
        DateOnly TransactionDate,
        DateOnly? PostingDate,
        string? Reference,
        string Merchant,
        string? City,
        string? State,
        int? Mcc,
        string? MerchantGroup,
        string? Level,
        decimal Amount,
        decimal? ForeignAmount,
        string? ForeignCurrency,
        decimal? ForeignRate,
        int Page,
        bool ReceiptMatched);
}
