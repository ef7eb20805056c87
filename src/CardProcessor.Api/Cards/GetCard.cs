using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Cards;

internal static class GetCard
{
    public static async Task<Results<Ok<CardResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, CardProcessorDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var card = await db.Cards.AsNoTracking().Where(c => c.Id == id).Select(CardQueries.Projection)
            .FirstOrDefaultAsync(cancellationToken);
        if (card is null)
        {
            return Problems.NotFound($"Card {id}");
        }

        response.Headers.ETag = card.ETag;
        return TypedResults.Ok(card);
    }
}
