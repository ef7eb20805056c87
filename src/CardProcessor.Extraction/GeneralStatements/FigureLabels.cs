using System.Text.RegularExpressions;

namespace CardProcessor.Extraction.GeneralStatements;

/// <summary>
/// What a printed figure's label says it is: the previous balance, the new balance, another total
/// the statement's arithmetic uses (payments, purchases, fees, interest, net activity, a section
/// total), or something else (credit limit, minimum payment) that is not read.
/// </summary>
internal static partial class FigureLabels
{
    public static bool IsPreviousBalance(string label) => PreviousBalance().IsMatch(label);

    public static bool IsNewBalance(string label) => !IsPreviousBalance(label) && NewBalance().IsMatch(label);

    public static bool IsTotal(string label) => Total().IsMatch(label) && !NotATotal().IsMatch(label);

    /// <summary>The label as a key: <c>NET AMOUNT OF MONTHLY ACTIVITY</c> is
    /// <c>net_amount_of_monthly_activity</c>.</summary>
    public static string Key(string label) => NonWord().Replace(label.ToLowerInvariant(), "_").Trim('_');

    public static bool IsPayments(string key) => key.Contains("payment", StringComparison.Ordinal);

    public static bool IsCredits(string key) => key.Contains("credit", StringComparison.Ordinal) && !IsPayments(key);

    /// <summary>Charges that add to the balance: purchases, fees, interest, cash advances.</summary>
    public static bool IsCharges(string key) => Charges().IsMatch(key) && !IsPayments(key) && !IsCredits(key);

    /// <summary>The net activity of the period (all transactions together).</summary>
    public static bool IsNetActivity(string key) =>
        key.Contains("net", StringComparison.Ordinal) && key.Contains("activit", StringComparison.Ordinal);

    [GeneratedRegex(
        @"\b(previous|opening|prior|last\s+statement|beginning|old)\b.*\bbalance\b|\bbalance\s+(brought\s+)?forward\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PreviousBalance();

    [GeneratedRegex(@"\b(new|closing|ending|current|statement)\s+balance\b|\bbalance\s+(due|owing)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewBalance();

    [GeneratedRegex(
        @"\b(total|subtotal|net|payments?|credits?|purchases?|fees?|interest|charges|cash\s+advances?|adjustments?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Total();

    [GeneratedRegex(
        @"\b(limit|available|minimum|due\s+date|rate|points|rewards)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotATotal();

    [GeneratedRegex(@"purchase|fee|interest|charge|cash_advance|advance", RegexOptions.CultureInvariant)]
    private static partial Regex Charges();

    [GeneratedRegex(@"[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWord();
}
