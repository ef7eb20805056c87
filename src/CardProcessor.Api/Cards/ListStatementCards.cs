using CardProcessor.Api.Paging;
using CardProcessor.Data;
using CardProcessor.Data.Cards;

namespace CardProcessor.Api.Cards;

internal static class ListStatementCards
{
    public static async Task<PagedResult<StatementCardResponse>> HandleAsync(
        Guid id, [AsParameters] PageRequest page, CardProcessorDbContext db, CancellationToken cancellationToken) =>
        await db.StatementCards
            .Where(c => c.SessionId == id)
            .OrderBy(c => c.Sequence)
            .Select(c => new StatementCardResponse(
                c.CardId,
                c.Card!.MaskedNumber,
                c.Card.Last4,
                c.HolderName,
                CardholderDisplayName.Of(c.HolderName, c.Card.IsVehicle),
                c.EmployeeNumber,
                c.Card.IsVehicle,
                c.Card.EmployeeId,
                c.PrintedTotal,
                db.Transactions.Where(t => t.SessionId == id
                    && t.CardId == c.CardId
                    && t.DocumentId == c.DocumentId).Sum(t => t.Amount),
                db.Transactions.Count(t => t.SessionId == id && t.CardId == c.CardId && t.DocumentId == c.DocumentId),
                c.CategoryTotals,
                c.Pages,
                c.Card.CustomerId,
                c.Card.EmployeeNumber))
            .ToPageAsync(page, cancellationToken);
}
