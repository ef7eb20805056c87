using CardProcessor.Data;
using CardProcessor.Reports.Cards;
using CardProcessor.Reports.Rows;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports.Excel;

/// <summary>
/// The rows several sheets share, read once: the Summary, Transactions, Line Items and Receipt Issue
/// Details sheets all show the session's transactions, the Receipts and Receipt Issue Details sheets
/// its receipts.
/// </summary>
internal sealed record WorkbookData(
    ReportSession Session,
    EmployeeNames Names,
    IReadOnlyList<SessionCard> Cards,
    IReadOnlyDictionary<Guid, SessionCard> CardsById,
    IReadOnlyList<TransactionRow> Transactions,
    IReadOnlyList<ReceiptRow> Receipts)
{
    public static async Task<WorkbookData> LoadAsync(
        CardProcessorDbContext db, ReportSession session, CancellationToken cancellationToken)
    {
        var names = await EmployeeNames.LoadAsync(db, session.Id, cancellationToken);
        var cards = await SessionCards.LoadAsync(db, session.Id, names, cancellationToken);
        var transactions = await TransactionRow.OfSession(db, session.Id).ToListAsync(cancellationToken);
        var receipts = await ReceiptRow.OfSession(db, session.Id).ToListAsync(cancellationToken);
        return new WorkbookData(session, names, cards, cards.ToDictionary(c => c.CardId), transactions, receipts);
    }

    /// <summary>
    /// The name a card goes by, or the holder name on the card when the statement has no section for it.
    /// </summary>
    public string CardName(Guid cardId, string holderName) =>
        CardsById.TryGetValue(cardId, out var card) ? card.Name : holderName;

    public string? CardName(Guid? cardId) => cardId is { } id ? CardsById.GetValueOrDefault(id)?.Name : null;

    public string? Last4(Guid? cardId) => cardId is { } id ? CardsById.GetValueOrDefault(id)?.Last4 : null;
}
