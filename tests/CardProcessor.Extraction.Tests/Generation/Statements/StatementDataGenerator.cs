namespace CardProcessor.Extraction.Tests.Generation.Statements;

/// <summary>Invents a statement's content: cardholders (some with no transactions), charges, credits and foreign
/// charges.</summary>
internal static class StatementDataGenerator
{
    public static StatementData Generate(Random random, bool employeeIds)
    {
        // One cycle in four straddles the turn of a year.
        var start = random.Next(4) == 0
            ? new DateOnly(random.Next(2024, 2029), 12, random.Next(1, 25))
            : new DateOnly(random.Next(2024, 2029), random.Next(1, 13), random.Next(1, 25));
        var end = start.AddDays(random.Next(27, 31));
        var cardholders = new List<StatementCardholder>();
        var used = new HashSet<string>();
        var count = random.Next(1, 9);
        for (var c = 0; c < count; c++)
        {
            string last4;
            do
            {
                last4 = random.Digits(4);
            }
            while (!used.Add(last4));

            var transactionCount = random.Next(6) == 0 ? 0 : random.Next(1, 26);
            var transactions = Enumerable.Range(0, transactionCount)
                .Select(_ => Transaction(random, start, end))
                .OrderBy(t => t.PostingDate)
                .ToList();
            var employee = employeeIds && random.Next(5) > 0 ? $"E{random.Next(10000, 99999)}" : null;
            cardholders.Add(new StatementCardholder(random.PersonName(tricky: true), last4, employee, transactions));
        }

        return new StatementData(random.Pick(FakeData.Companies), start, end, cardholders);
    }

    private static StatementTransaction Transaction(Random random, DateOnly start, DateOnly end)
    {
        var posted = start.AddDays(random.Next(end.DayNumber - start.DayNumber + 1));
        var made = posted.AddDays(-random.Next(0, 4));

        // References are 11 to 23 digits, leading zeros included.
        var reference = random.Digits(random.Pick(new[] { 11, 17, 23, 14, 19 }));
        var amount = random.Cents(1m, 2500m);
        if (random.Next(8) == 0)
        {
            amount = -amount;
        }

        if (random.Next(6) == 0)
        {
            var (name, city, country, currency, rate) = random.Pick(FakeData.ForeignMerchants);
            var places = currency == "JPY" ? 0 : 2;
            var original = decimal.Round(Math.Abs(amount) / rate, places);
            var ratePlaces = rate.ToString(System.Globalization.CultureInfo.InvariantCulture).Split('.')[1].Length;
            return new StatementTransaction(made, posted, reference, name, city, country, random.Next(3000, 3999),
                amount, new StatementForeign(currency, original, places, rate, ratePlaces));
        }

        var merchant = random.Pick(FakeData.Merchants);
        return new StatementTransaction(made, posted, reference, merchant.Name, merchant.City, merchant.State,
            random.Next(4000, 8999), amount, null);
    }
}
