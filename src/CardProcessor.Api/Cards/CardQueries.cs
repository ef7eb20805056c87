using System.Linq.Expressions;
using CardProcessor.Api.Concurrency;
using CardProcessor.Data.Cards;

namespace CardProcessor.Api.Cards;

internal static class CardQueries
{
    public static readonly Expression<Func<Card, CardResponse>> Projection = c => new CardResponse(
        c.Id,
        c.MaskedNumber,
        c.Last4,
        c.HolderName,
        CardholderDisplayName.Of(c.HolderName, c.IsVehicle),
        c.IsVehicle,
        c.EmployeeId,
        ETags.From(c.Version),
        c.CustomerId,
        c.EmployeeNumber);
}
