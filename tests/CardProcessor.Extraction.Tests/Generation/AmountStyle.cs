using System.Globalization;

namespace CardProcessor.Extraction.Tests.Generation;

/// <summary>How a generated statement prints amounts: with or without <c>$</c>, and its credit style.</summary>
internal sealed record AmountStyle(bool Dollar, CreditStyle Credit)
{
    public string Format(decimal amount)
    {
        var digits = Math.Abs(amount).ToString("#,##0.00", CultureInfo.InvariantCulture);
        var money = Dollar ? $"${digits}" : digits;
        if (amount >= 0)
        {
            return money;
        }

        return Credit switch
        {
            CreditStyle.Parentheses => $"({money})",
            CreditStyle.LeadingMinus => $"-{money}",
            CreditStyle.TrailingMinus => $"{money}-",
            _ => $"{money} CR",
        };
    }
}

internal enum CreditStyle
{
    Parentheses,
    LeadingMinus,
    TrailingMinus,
    CreditSuffix,
}
