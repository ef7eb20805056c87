using CardProcessor.Data;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports;

/// <summary>
/// How reports print a card of the session: last four, holder as printed, employee id as printed,
/// and the name it goes by.
/// </summary>
internal sealed record CardLabel(string Last4, string HolderName, string? EmployeeNumber, string Name)
{
    /// <summary>
    /// The session's cards by id, looked up while rows stream: one small query instead of a join per
    /// row, which keeps a 100,000-row export's SQL to the rows themselves.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, CardLabel>> LoadAsync(
        CardProcessorDbContext db, Guid sessionId, EmployeeNames names, CancellationToken cancellationToken)
    {
        var sections = await db.StatementCards.AsNoTracking()
            .Where(c => c.SessionId == sessionId)
            .Select(c => new
            {
                c.CardId, c.Card!.Last4, c.HolderName, c.Card.IsVehicle, c.EmployeeId, c.EmployeeNumber,
            })
            .ToListAsync(cancellationToken);
        return sections
            .GroupBy(c => c.CardId)
            .ToDictionary(g => g.Key, g =>
            {
                var c = g.First();
                var name = names.OfCard(c.IsVehicle, c.EmployeeId, c.HolderName);
                return new CardLabel(c.Last4, c.HolderName, c.EmployeeNumber, name);
            });
    }
}
