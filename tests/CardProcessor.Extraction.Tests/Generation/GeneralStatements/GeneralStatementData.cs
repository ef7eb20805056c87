using System.Globalization;
using CardProcessor.Extraction.Tests.Generation.Statements;

namespace CardProcessor.Extraction.Tests.Generation.GeneralStatements;

internal sealed record GeneralTransaction(DateOnly TransactionDate, DateOnly PostingDate, string Description,
    decimal Amount, StatementForeign? Foreign);

/// <summary>A generated statement's content: one account, its balances and its transactions in printed order.</summary>
internal sealed record GeneralStatementData(DateOnly PeriodStart, DateOnly PeriodEnd, decimal PreviousBalance,
    IReadOnlyList<GeneralTransaction> Transactions)
{
    public decimal NewBalance => PreviousBalance + Transactions.Sum(t => t.Amount);

    public decimal Purchases => Transactions.Where(t => t.Amount > 0).Sum(t => t.Amount);

    public decimal Credits => -Transactions.Where(t => t.Amount < 0).Sum(t => t.Amount);

    public static GeneralStatementData Generate(Random random, bool sections)
    {
        var start = random.Next(4) == 0
            ? new DateOnly(random.Next(2024, 2029), 12, random.Next(5, 25))
            : new DateOnly(random.Next(2024, 2029), random.Next(1, 13), random.Next(1, 25));
        var end = start.AddDays(random.Next(27, 31));
        var transactions = Enumerable.Range(0, random.Next(3, 40)).Select(_ => Transaction(random, start, end))
            .ToList();

        // Sections print the credits first, then the charges; otherwise rows are in posting order
        // (the transaction dates then fall out of order, as on real statements).
        transactions = sections
            ? transactions.OrderBy(t => t.Amount > 0).ThenBy(t => t.PostingDate).ToList()
            : transactions.OrderBy(t => t.PostingDate).ToList();
        return new GeneralStatementData(start, end, random.Cents(0m, 9000m), transactions);
    }

    private static GeneralTransaction Transaction(Random random, DateOnly start, DateOnly end)
    {
        var posted = start.AddDays(random.Next(end.DayNumber - start.DayNumber + 1));
        var made = posted.AddDays(-random.Next(0, 4));
        var amount = random.Cents(1m, 3000m);
        if (random.Next(6) == 0)
        {
            return new GeneralTransaction(made, posted, "PAYMENT - THANK YOU", -amount, null);
        }

        var foreignMerchants = FakeData.ForeignMerchants.Where(m => m.Currency != "JPY").ToList();
        if (random.Next(6) == 0)
        {
            var (name, city, country, currency, rate) = random.Pick(foreignMerchants);
            var original = decimal.Round(amount / rate, 2);
            var places = rate.ToString(CultureInfo.InvariantCulture).Split('.')[1].Length;
            return new GeneralTransaction(made, posted, $"{name} {city} {country}", amount,
                new StatementForeign(currency, original, 2, rate, places));
        }

        var merchant = random.Pick(FakeData.Merchants);
        var refund = random.Next(12) == 0;
        return new GeneralTransaction(made, posted, $"{merchant.Name} {merchant.City} {merchant.State}", refund
            ? -amount : amount, null);
    }
}
