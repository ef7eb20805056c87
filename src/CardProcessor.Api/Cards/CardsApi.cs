using CardProcessor.Api.Authentication;

namespace CardProcessor.Api.Cards;

internal static class CardsApi
{
    public static RouteGroupBuilder MapCardsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/sessions/{id:guid}/cards", ListStatementCards.HandleAsync)
            .WithName("ListSessionCards").WithTags("Cards").RequireAuthorization(Policies.Read);
        var cards = api.MapGroup("/cards").WithTags("Cards");
        cards.MapGet("/{id:guid}", GetCard.HandleAsync).WithName("GetCard").RequireAuthorization(Policies.Read);
        cards.MapPut("/{id:guid}/owner", AssignCardOwner.HandleAsync)
            .WithName("AssignCardOwner").RequireAuthorization(Policies.Review);
        return api;
    }
}
