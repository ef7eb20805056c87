using System.Globalization;
using CardProcessor.Web.Api.Models;

namespace CardProcessor.Web.Matches;

/// <summary>
/// The charges offered for a receipt: its current charge first, then the nearest in amount and date, so the likely
/// choice is at the top of the list.
/// </summary>
public static class MatchSuggestions
{
    public static IEnumerable<Transaction> For(Match receipt, IEnumerable<Transaction> charges) =>
        charges.OrderByDescending(c => c.Id == receipt.Transaction?.Id)
            .ThenBy(c => Math.Abs(c.Amount - receipt.Amount))
            .ThenBy(c => Math.Abs(c.TransactionDate.DayNumber - receipt.Date.DayNumber))
            .Take(25);

    public static string Describe(Transaction charge) => string.Create(
        CultureInfo.InvariantCulture,
        $"{charge.Reference} {charge.TransactionDate:yyyy-MM-dd} {charge.Merchant} {charge.Amount:#,##0.00}");
}
