using CardProcessor.Data;
using CardProcessor.Data.Issues;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports.Cards;

/// <summary>
/// Loads a session's cards with their pages, receipts and open issues, for the summary sheet and the packets.
/// </summary>
internal static class SessionCards
{
    public static async Task<IReadOnlyList<SessionCard>> LoadAsync(
        CardProcessorDbContext db, Guid sessionId, EmployeeNames names, CancellationToken cancellationToken)
    {
        var sections = await db.StatementCards.AsNoTracking()
            .Where(c => c.SessionId == sessionId)
            .OrderBy(c => c.Document!.UploadedAt).ThenBy(c => c.Sequence)
            .Select(c => new
            {
                c.CardId,
                c.DocumentId,
                c.Card!.Last4,
                c.HolderName,
                c.Card.IsVehicle,
                c.EmployeeId,
                c.EmployeeNumber,
                c.Pages,
            })
            .ToListAsync(cancellationToken);
        var receipts = await db.Receipts.AsNoTracking()
            .Where(r => r.SessionId == sessionId)
            .OrderBy(r => r.DocumentId).ThenBy(r => r.Sequence)
            .Select(r => new { r.Id, r.DocumentId, r.Sequence, r.Page, r.Amount, r.CardId, r.EmployeeId })
            .ToListAsync(cancellationToken);
        var openIssues = await OpenIssueCardsAsync(db, sessionId, cancellationToken);

        // A receipt belongs to its card; one not tied to a card yet belongs to every card its employee holds.
        var receiptsByCard = receipts.Where(r => r.CardId is not null).ToLookup(r => r.CardId!.Value);
        var receiptsByEmployee = receipts
            .Where(r => r.CardId is null && r.EmployeeId is not null)
            .ToLookup(r => r.EmployeeId!.Value);
        var issuesByCard = openIssues.Where(i => i.CardId is not null).ToLookup(i => i.CardId!.Value);
        var issuesByEmployee = openIssues
            .Where(i => i.CardId is null && i.EmployeeId is not null)
            .ToLookup(i => i.EmployeeId!.Value);

        var cards = new List<SessionCard>();
        foreach (var card in sections.GroupBy(s => s.CardId))
        {
            var section = card.First();
            var employeeId = section.EmployeeId ?? Guid.Empty;
            var owned = receiptsByCard[card.Key].Concat(receiptsByEmployee[employeeId])
                .OrderBy(r => r.DocumentId).ThenBy(r => r.Sequence)
                .Select(r => new CardReceipt(r.Id, r.DocumentId, r.Page, r.Amount))
                .ToList();
            var issues = issuesByCard[card.Key].Count() + issuesByEmployee[employeeId].Count();
            var name = names.OfCard(section.IsVehicle, section.EmployeeId, section.HolderName);
            cards.Add(new SessionCard(
                card.Key,
                section.Last4,
                section.HolderName,
                section.IsVehicle,
                section.EmployeeId,
                section.EmployeeNumber,
                name,
                card.Select(s => new StatementPages(s.DocumentId, s.Pages)).ToList(),
                owned,
                issues));
        }

        return cards;
    }

    /// <summary>
    /// Each open issue with the card it is about: its own card, else its charge's or receipt's card.
    /// One with only an employee (a receipt of someone holding two cards) counts against all their cards.
    /// </summary>
    private static async Task<List<(Guid? CardId, Guid? EmployeeId)>> OpenIssueCardsAsync(
        CardProcessorDbContext db, Guid sessionId, CancellationToken cancellationToken)
    {
        var issues = await db.ValidationIssues.AsNoTracking()
            .Where(i => i.SessionId == sessionId)
            .Where(IssueStatusExtensions.OpenIssue)
            .Select(i => new
            {
                i.CardId,
                TransactionCardId = db.Transactions
                    .Where(t => t.Id == i.TransactionId)
                    .Select(t => (Guid?)t.CardId)
                    .FirstOrDefault(),
                ReceiptCardId = db.Receipts.Where(r => r.Id == i.ReceiptId).Select(r => r.CardId).FirstOrDefault(),
                i.EmployeeId,
            })
            .ToListAsync(cancellationToken);
        return issues.Select(i => (i.CardId ?? i.TransactionCardId ?? i.ReceiptCardId, i.EmployeeId)).ToList();
    }
}
