using System.Text;
using System.Text.RegularExpressions;

namespace CardProcessor.Extraction;

/// <summary>
/// Masks full card numbers in text: any run of 13 to 19 digits, written with or without single
/// spaces or dashes between them, keeps only its last four digits (sixteen digits in groups of four
/// becomes <c>**** **** **** 0001</c>). Numbers that are already masked are left alone.
/// </summary>
public static partial class CardNumberMasking
{
    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CardNumberRegex().Replace(text, match =>
        {
            var value = match.Value;
            var digits = value.Count(char.IsAsciiDigit);
            var masked = new StringBuilder(value.Length);
            var seen = 0;
            foreach (var c in value)
            {
                if (char.IsAsciiDigit(c))
                {
                    seen++;
                    masked.Append(seen <= digits - 4 ? '*' : c);
                }
                else
                {
                    masked.Append(c);
                }
            }

            return masked.ToString();
        });
    }

    /// <summary>Masks a value that may be null.</summary>
    public static string? MaskOrNull(string? text) => text is null ? null : Mask(text);

    [GeneratedRegex(@"(?<![\d*xX])\d(?:[ -]?\d){12,18}(?![\d*])", RegexOptions.CultureInvariant)]
    private static partial Regex CardNumberRegex();
}
