namespace CardProcessor.Extraction.Tests.Generation.Statements;

/// <summary>
/// Issuer statements that print what other documents of the same families do: merchant and city
/// cells wrapped after a hyphen (<c>RENT-A-</c> over <c>CAR</c>, which is one word), and the
/// foreign-currency memo on the merchant's own line in a layout with a City column.
/// </summary>
internal static class WrappedCellStatementGenerator
{
    private static readonly (string Merchant, string City, string State)[] _hyphenated =
    [
        ("GRANITE RENT-A-CAR", "WILKES-BARRE", "PA"),
        ("PICK-N-SAVE MARKET 12", "WINSTON-SALEM", "NC"),
        ("COAST-TO-COAST FREIGHT", "SEDRO-WOOLLEY", "WA"),
        ("SMYTHE-JONES HARDWARE", "LEE'S SUMMIT", "MO"),
        ("DRIVE-THRU WASH-N-GO", "MILTON-FREEWATER", "OR"),
    ];

    private static readonly string[][] _setsWithCity = [.. StatementColumn.Sets.Where(s => s.Contains("city"))];

    public static GeneratedDocument HyphenWraps(int seed)
    {
        var random = new Random(seed);
        var style = StatementStyle.Random(random) with
        {
            HyphenWraps = true,
            WrapWidth = random.Next(8, 16),
            CityWrapWidth = random.Next(7, 12),
        };
        var data = StatementDataGenerator.Generate(random, style.EmployeeIds);
        data = Rewrite(data, t => t.Foreign is null && random.Next(2) == 0 ? Hyphenated(random, t) : t);
        return Render(
            $"hyphen-wrap statement seed {seed} (merchant wrap {style.WrapWidth}, city wrap {style.CityWrapWidth}; "
            + $"{string.Join(",", style.ColumnKinds)})", data, style, random);
    }

    public static GeneratedDocument MemoOnMerchantLine(int seed)
    {
        var random = new Random(seed);
        var style = StatementStyle.Random(random);
        var stack = style.Columns.Any(c => c.StackHeader);
        style = style with
        {
            Columns = [.. random.Pick(_setsWithCity).Select(k => StatementColumn.Random(random, k, stack))],
            MemoOnMerchantLine = true,
        };
        var data = StatementDataGenerator.Generate(random, style.EmployeeIds);
        data = Rewrite(data, t => t.Foreign is null && random.Next(3) == 0 ? Foreign(random, t) : t);
        return Render(
            $"memo-on-merchant-line statement seed {seed} ({string.Join(",", style.ColumnKinds)}; merchant wrap "
            + $"{style.WrapWidth})", data, style, random);
    }

    private static GeneratedDocument Render(string name, StatementData data, StatementStyle style, Random random) =>
        new(name, StatementLayout.Render(data, style, StatementTamper.None, random),
            StatementGroundTruth.For(data, style));

    private static StatementData Rewrite(StatementData data, Func<StatementTransaction, StatementTransaction> change) =>
        data with
    {
        Cardholders = [.. data.Cardholders.Select(c => c with { Transactions = [.. c.Transactions.Select(change)] })],
    };

    private static StatementTransaction Hyphenated(Random random, StatementTransaction transaction)
    {
        var (merchant, city, state) = random.Pick(_hyphenated);
        return transaction with { Merchant = merchant, City = city, State = state };
    }

    /// <summary>The charge made abroad: a foreign merchant, the amount billed in dollars, the original amount and
    /// rate.</summary>
    private static StatementTransaction Foreign(Random random, StatementTransaction transaction)
    {
        var (name, city, country, currency, rate) = random.Pick(FakeData.ForeignMerchants);
        var places = currency == "JPY" ? 0 : 2;
        var original = decimal.Round(Math.Abs(transaction.Amount) / rate, places);
        var ratePlaces = rate.ToString(System.Globalization.CultureInfo.InvariantCulture).Split('.')[1].Length;
        return transaction with
        {
            Merchant = name,
            City = city,
            State = country,
            Foreign = new StatementForeign(currency, original, places, rate, ratePlaces),
        };
    }
}
