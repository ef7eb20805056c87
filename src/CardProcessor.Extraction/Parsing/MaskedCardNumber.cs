namespace CardProcessor.Extraction.Parsing;

/// <summary>The last four digits of a printed card number in any mask style (<c>556735xxxxxx0001</c>,
/// <c>XXXX-XXXX-XXXX-1234</c>, <c>************1234</c>).</summary>
internal static class MaskedCardNumber
{
    public static string? LastFour(string? printed)
    {
        if (printed is null)
        {
            return null;
        }

        var digits = printed.Where(char.IsAsciiDigit).ToArray();
        return digits.Length >= 4 ? new string(digits[^4..]) : null;
    }

    /// <summary>Whether the text is a card number as statements print one: mask characters and digits ending in four
    /// digits.</summary>
    public static bool Looks(string text)
    {
        var compact = text.Replace("-", string.Empty, StringComparison.Ordinal)
            .Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.Length >= 8
            && compact.All(c => char.IsAsciiDigit(c) || c is 'x' or 'X' or '*' or '#' or '•')
            && compact[^4..].All(char.IsAsciiDigit)
            && compact.Any(c => !char.IsAsciiDigit(c));
    }
}
