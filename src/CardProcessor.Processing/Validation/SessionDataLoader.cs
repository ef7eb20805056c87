using CardProcessor.Data;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Processing.Validation;

internal static class SessionDataLoader
{
    /// <summary>Loads a session's rows tracked, because matching writes back to the receipts.</summary>
    public static async Task<SessionData> LoadAsync(
        CardProcessorDbContext db,
        Guid sessionId,
        CancellationToken cancellationToken)
    {
        var session = await db.Sessions.FirstAsync(s => s.Id == sessionId, cancellationToken);
        var documents = await db.Documents.Where(d => d.SessionId == sessionId).ToListAsync(cancellationToken);
        var statementCards = await db.StatementCards.Include(c => c.Card)
            .Where(c => c.SessionId == sessionId)
            .OrderBy(c => c.Sequence)
            .ToListAsync(cancellationToken);
        var transactions = await db.Transactions.Where(t => t.SessionId == sessionId)
            .OrderBy(t => t.Sequence)
            .ToListAsync(cancellationToken);
        var receipts = await db.Receipts.Where(r => r.SessionId == sessionId)
            .OrderBy(r => r.Sequence)
            .ToListAsync(cancellationToken);

        var cardIds = statementCards.Select(c => c.CardId)
            .Concat(transactions.Select(t => t.CardId))
            .Distinct()
            .ToList();
        var cards = await db.Cards.Where(c => cardIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);

        var employeeIds = receipts.Select(r => r.EmployeeId)
            .Concat(transactions.Select(t => t.EmployeeId))
            .OfType<Guid>()
            .Distinct()
            .ToList();
        var names = await db.Employees.AsNoTracking()
            .Where(e => employeeIds.Contains(e.Id))
            .Select(
                e => new { e.Id, Name = e.CurrentRevision != null
                    ? e.CurrentRevision.Snapshot.Name
                    : e.NormalizedName })
            .ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);

        return new SessionData
        {
            Session = session,
            Documents = documents,
            StatementCards = statementCards,
            Transactions = transactions,
            Receipts = receipts,
            Cards = cards,
            EmployeeNames = names,
        };
    }
}
