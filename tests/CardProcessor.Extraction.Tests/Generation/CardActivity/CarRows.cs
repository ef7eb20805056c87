using System.Globalization;

namespace CardProcessor.Extraction.Tests.Generation.CardActivity;

/// <summary>A printed row of the transaction table: a line item's cells, or a transaction's three totals.</summary>
internal sealed record CarRow(string[]? Cells, string[]? Totals);

internal static class CarRows
{
    public static IReadOnlyList<CarRow> For(CarCard card, CarTamper tamper, bool isFirstCard)
    {
        var rows = new List<CarRow>();
        for (var t = 0; t < card.Transactions.Count; t++)
        {
            var transaction = card.Transactions[t];
            foreach (var item in transaction.Items)
            {
                rows.Add(new CarRow(
                    [
                        Date(transaction.TransactionDate), Date(transaction.PostingDate), transaction.Level,
                            transaction.Reference,
                        transaction.Merchant, $"{transaction.City}, {transaction.State}", transaction.Group,
                            item.Description,
                        item.UnitPrice.ToString("F5", CultureInfo.InvariantCulture),
                            item.Quantity.ToString("F2", CultureInfo.InvariantCulture),
                        Money(item.Gross), Money(item.Discount), Money(item.Net),
                    ],
                    null));
            }

            var gross = transaction.Gross;
            var net = transaction.Net;
            if (isFirstCard && t == 0 && tamper == CarTamper.TransactionTotalsGross)
            {
                gross += 1m;
            }

            if (isFirstCard && t == 0 && tamper == CarTamper.TransactionTotalsNet)
            {
                net += 1m;
            }

            rows.Add(new CarRow(null, [Money(gross), Money(transaction.Discount), Money(net)]));
        }

        return rows;
    }

    public static string Money(decimal amount) =>
        (amount < 0 ? "-$" : "$") + Math.Abs(amount).ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);
}
