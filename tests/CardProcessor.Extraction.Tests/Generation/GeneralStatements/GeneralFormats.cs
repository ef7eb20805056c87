using System.Globalization;

namespace CardProcessor.Extraction.Tests.Generation.GeneralStatements;

/// <summary>Prints dates and amounts in a generated statement's styles.</summary>
internal static class GeneralFormats
{
    public static string Date(DateOnly date, GeneralDate style) => style switch
    {
        GeneralDate.MonthNameDay => date.ToString("MMM d", CultureInfo.InvariantCulture).ToUpperInvariant(),
        GeneralDate.DayMonthName => date.ToString("dd MMM", CultureInfo.InvariantCulture),
        GeneralDate.DaySlashYear => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        GeneralDate.MonthSlashDay => date.ToString("MM/dd", CultureInfo.InvariantCulture),
        _ => date.ToString("dd.MM.", CultureInfo.InvariantCulture),
    };

    public static string LongDate(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>A positive figure (balance, total); a negative one with a leading minus.</summary>
    public static string Figure(decimal amount, GeneralStatementStyle style) =>
        (amount < 0 ? "-" : string.Empty) + Money(Math.Abs(amount), style);

    /// <summary>A transaction amount in the amount column; credits in the style's credit form.</summary>
    public static string Amount(decimal amount, GeneralStatementStyle style)
    {
        var money = Money(Math.Abs(amount), style);
        if (amount >= 0 || style.Credit == GeneralCredit.CreditColumn)
        {
            return money;
        }

        return style.Credit switch
        {
            GeneralCredit.LeadingMinusDollar => $"-{money}",
            GeneralCredit.CrSuffix => $"{money} CR",
            GeneralCredit.CrAttached => $"{money}Cr",
            GeneralCredit.Parentheses => $"({money})",
            _ => $"{money}-",
        };
    }

    private static string Money(decimal value, GeneralStatementStyle style)
    {
        var digits = value.ToString("#,##0.00", CultureInfo.InvariantCulture);
        return style.DecimalComma
            ? digits.Replace(",", " ", StringComparison.Ordinal).Replace(".", ",", StringComparison.Ordinal)
            : $"${digits}";
    }
}
