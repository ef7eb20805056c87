namespace CardProcessor.Extraction.Tests.Generation.CardActivity;

/// <summary>Invents a card activity report: people and vehicle cards, transactions with one or more line
/// items.</summary>
internal static class CarDataGenerator
{
    public static CarData Generate(Random random, int maxCards, int maxTransactions, int maxLineItems)
    {
        var year = random.Next(2024, 2029);
        var month = random.Next(1, 13);
        var start = new DateOnly(year, month, 1);
        var end = start.AddMonths(1).AddDays(-1);
        var mask = random.Next(2) == 0 ? 'x' : 'X';
        var bin = random.Next(2) == 0 ? "556735" : "552233";
        var usedLast4 = new HashSet<string>();
        var cards = new List<CarCard>();
        var cardCount = random.Next(1, maxCards + 1);
        for (var c = 0; c < cardCount; c++)
        {
            string last4;
            do
            {
                last4 = random.Digits(4);
            }
            while (!usedLast4.Add(last4));

            var vehicle = random.Next(3) == 0;
            var unit = random.Next(100, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var name = vehicle ? $"{unit}VEHICLE UNIT"
                : random.PersonName(tricky: false).Replace(" ", string.Empty, StringComparison.Ordinal);

            // Vehicle ids are the unit number; people's ids are 4 to 6 digits.
            var employeeId = vehicle ? unit : random.Digits(random.Next(4, 7)).TrimStart('0').PadLeft(4, '1');
            var transactions = Enumerable.Range(0, random.Next(0, maxTransactions + 1))
                .Select(_ => Transaction(random, start, end, maxLineItems))
                .OrderBy(t => t.PostingDate)
                .ThenBy(t => t.Reference, StringComparer.Ordinal)
                .ToList();
            cards.Add(new CarCard(name, vehicle, employeeId, $"{bin}{new string(mask, 6)}{last4}", transactions));
        }

        var produced = end.AddDays(random.Next(3, 20))
            .ToDateTime(new TimeOnly(random.Next(0, 24), random.Next(60), random.Next(60)));
        var account = $"{(char)('A' + random.Next(26))}-{random.Next(10, 99)}{(char)('A' + random.Next(26))}";
        var customer = string.Concat(Enumerable.Range(0, 4).Select(_ => (char)('A' + random.Next(26))))
            + random.Next(10);
        return new CarData(random.Pick(FakeData.Companies), account, customer, produced, start, end,
            random.Next(2) == 0, cards);
    }

    public static CarTransaction Transaction(Random random, DateOnly start, DateOnly end, int maxLineItems)
    {
        var posted = start.AddDays(random.Next(end.DayNumber - start.DayNumber + 1));

        // The period is by posted date: a transaction may be made days before it starts.
        var made = posted.AddDays(-random.Next(0, 4));
        var (group, merchants, products) = random.Pick(FakeData.FleetMerchants);
        var (city, state) = random.Pick(FakeData.FleetCities);
        var fuel = group == "FUEL";
        var items = new List<CarLineItem>();
        var itemCount = random.Next(1, maxLineItems + 1);
        for (var i = 0; i < itemCount; i++)
        {
            var quantity = fuel ? random.Cents(4m, 60m) : random.Next(1, 5) + 0.00m;
            var unitPrice = decimal.Round(fuel ? 2.5m + ((decimal)random.NextDouble() * 1.5m) : random.Cents(5m, 450m),
                5);
            if (i > 0 && random.Next(4) == 0)
            {
                // An adjustment: a credit line with a negative quantity.
                quantity = -random.Cents(0.1m, 2m);
            }

            var gross = decimal.Round(quantity * unitPrice, 2);
            var discount = fuel && gross > 0 && random.Next(3) == 0 ? decimal.Round(gross * 0.02m, 2) : 0.00m;
            items.Add(new CarLineItem(random.Pick(products), unitPrice, quantity, gross, discount));
        }

        var level = fuel ? "F" : random.Next(5) == 0 ? "L" : "N";
        return new CarTransaction(made, posted, level, random.Digits(9), random.Pick(merchants), city, state, group,
            items);
    }
}
