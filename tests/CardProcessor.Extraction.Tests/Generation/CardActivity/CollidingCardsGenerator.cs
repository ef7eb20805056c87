using System.Globalization;

namespace CardProcessor.Extraction.Tests.Generation.CardActivity;

/// <summary>
/// Generates card activity reports in which a person's card and a vehicle's card print the same
/// masked number, as the issuer's real report does: the digits that differ are the masked ones, and
/// the two headers differ in name and employee id, and mostly in customer id too. The twin follows
/// its card or comes later in the report; either may run over page breaks.
/// </summary>
internal static class CollidingCardsGenerator
{
    public static GeneratedDocument Generate(int seed)
    {
        var random = new Random(seed);
        var maxTransactions = random.Next(1, 14);
        var maxLineItems = random.Next(1, 5);
        var data = CarDataGenerator.Generate(random, maxCards: 1 + random.Next(10), maxTransactions, maxLineItems);
        var cards = data.Cards.ToList();
        var pairs = 1 + random.Next(1 + (cards.Count / 3));
        for (var p = 0; p < pairs; p++)
        {
            var index = random.Next(cards.Count);
            var twin = Twin(random, cards[index], data, maxTransactions, maxLineItems);
            var at = random.Next(2) == 0 ? index + 1 : random.Next(index + 1, cards.Count + 1);
            cards.Insert(at, twin);
        }

        data = data with { Cards = cards };
        var style = CarStyle.Random(random);
        var pdf = CarLayout.Render(data, style, CarTamper.None, random);
        var shared = cards.GroupBy(c => c.CardNumber).Count(g => g.Count() > 1);
        return new GeneratedDocument(
            $"colliding cards seed {seed} ({cards.Count} cards, {shared} shared numbers, {style.Font}, "
                + $"{style.PageWidth}x{style.PageHeight})",
            pdf,
            CarGroundTruth.For(data, style));
    }

    /// <summary>A card of the other kind (vehicle for a person, person for a vehicle) printing the same masked
    /// number.</summary>
    private static CarCard Twin(Random random, CarCard card, CarData data, int maxTransactions, int maxLineItems)
    {
        var vehicle = !card.IsVehicle;
        var unit = random.Next(100, 1000).ToString(CultureInfo.InvariantCulture);
        var name = vehicle ? $"{unit}VEHICLE UNIT"
            : random.PersonName(tricky: false).Replace(" ", string.Empty, StringComparison.Ordinal);
        var employeeId = vehicle ? unit : random.Next(1000, 1_000_000).ToString(CultureInfo.InvariantCulture);

        // The customer id alone is shared by many cards, so a twin may print the same one.
        var customerId = random.Next(3) == 0
            ? card.CustomerId
            : string.Concat(Enumerable.Range(0, 4).Select(_ => (char)('A' + random.Next(26)))) + random.Next(10);
        var transactions = Enumerable.Range(0, random.Next(0, maxTransactions + 1))
            .Select(_ => CarDataGenerator.Transaction(random, data.PeriodStart, data.PeriodEnd, maxLineItems))
            .OrderBy(t => t.PostingDate)
            .ThenBy(t => t.Reference, StringComparer.Ordinal)
            .ToList();
        return new CarCard(name, vehicle, employeeId, card.CardNumber, transactions, customerId);
    }
}
