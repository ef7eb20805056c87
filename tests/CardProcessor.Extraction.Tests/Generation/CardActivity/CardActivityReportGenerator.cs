namespace CardProcessor.Extraction.Tests.Generation.CardActivity;

/// <summary>
/// Generates card activity reports from a seed: other card counts (one to dozens, vehicles and
/// people, cards with no transactions), other line-item counts, page sizes, fonts, text drawn
/// word by word or as strings, and page breaks wherever the content falls.
/// </summary>
internal static class CardActivityReportGenerator
{
    public static GeneratedDocument Generate(int seed, CarTamper tamper = CarTamper.None)
    {
        var random = new Random(seed);
        var data = CarDataGenerator.Generate(random, maxCards: 1 + random.Next(14), maxTransactions: random.Next(1, 12),
            maxLineItems: random.Next(1, 6));
        if (tamper != CarTamper.None && data.Cards[0].Transactions.Count == 0)
        {
            // A tampered transaction total needs a transaction to tamper with.
            data = data with { Cards = [data.Cards[0] with { Transactions = CarDataGenerator.Generate(random, 1, 1, 2)
                .Cards[0].Transactions.DefaultIfEmpty(Fallback(random)).ToList() }, .. data.Cards.Skip(1)] };
        }

        var style = CarStyle.Random(random);
        var pdf = CarLayout.Render(data, style, tamper, random);
        return new GeneratedDocument(
            $"car seed {seed} ({data.Cards.Count} cards, {style.Font}, {style.PageWidth}x{style.PageHeight}, columns "
            + $"{string.Join(",", style.PrintedColumns)})", pdf, CarGroundTruth.For(data, style));
    }

    private static CarTransaction Fallback(Random random)
    {
        CarData data;
        do
        {
            data = CarDataGenerator.Generate(random, 1, 3, 2);
        }
        while (data.Cards[0].Transactions.Count == 0);

        return data.Cards[0].Transactions[0];
    }
}
