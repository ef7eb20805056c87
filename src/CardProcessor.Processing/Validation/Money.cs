using System.Globalization;

namespace CardProcessor.Processing.Validation;

internal static class Money
{
    public static string Format(decimal amount) =>
        amount.ToString("$#,##0.00;-$#,##0.00", CultureInfo.InvariantCulture);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
