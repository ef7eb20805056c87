using CardProcessor.Api.Authentication;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Api.Hosting;
using CardProcessor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Cards;

internal static class CardsApi
{
    public static RouteGroupBuilder MapCardsApi(this RouteGroupBuilder api)
    {
        var cards = api.MapGroup("/cards").WithTags("Cards");
        cards.MapGet("/{id:guid}", GetAsync).WithName("GetCard").RequireAuthorization(Policies.Read);
        cards.MapPut("/{id:guid}/owner", AssignCardOwner.HandleAsync).WithName("AssignCardOwner").RequireAuthorization(Policies.Review);
        return api;
    }

    private static async Task<Results<Ok<CardResponse>, ProblemHttpResult>> GetAsync(Guid id, CardProcessorDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var card = await db.Cards.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new CardResponse(c.Id, c.MaskedNumber, c.Last4, c.HolderName, c.IsVehicle, c.EmployeeId, ETags.From(c.Version)))
            .FirstOrDefaultAsync(cancellationToken);
        if (card is null)
        {
            return Problems.NotFound($"Card {id}");
        }

        response.Headers.ETag = card.ETag;
        return TypedResults.Ok(card);
    }
}
