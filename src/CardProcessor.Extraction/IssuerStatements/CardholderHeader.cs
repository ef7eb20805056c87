using System.Text.RegularExpressions;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Parsing;

namespace CardProcessor.Extraction.IssuerStatements;

/// <summary>
/// The line that opens a cardholder section, in any of the issuers' styles:
/// <c>Cardholder: JANE Q DOE   Account: XXXX-XXXX-XXXX-1234   Employee ID: E10023</c>,
/// <c>JANE Q DOE - Card ending in 1234   Employee ID: E10023</c>, or the first of three lines
/// <c>Cardholder Name: JANE Q DOE</c> (the card number and employee id follow on lines of their own).
/// </summary>
internal sealed partial record CardholderHeader(string Name, string? CardLast4, string? EmployeeId)
{
    public static CardholderHeader? TryRead(LayoutLine line)
    {
        var text = LineText.Normalized(line).Trim();
        var match = LabelStyleRegex().Match(text);
        if (match.Success)
        {
            return new CardholderHeader(match.Groups["name"].Value.Trim(),
                MaskedCardNumber.LastFour(match.Groups["card"].Value), Employee(match));
        }

        match = DashStyleRegex().Match(text);
        if (match.Success)
        {
            return new CardholderHeader(match.Groups["name"].Value.Trim(), match.Groups["last4"].Value,
                Employee(match));
        }

        match = BlockStyleRegex().Match(text);
        return match.Success ? new CardholderHeader(match.Groups["name"].Value.Trim(), null, Employee(match)) : null;
    }

    /// <summary>The second line of the three-line style: <c>Card Number: ************1234</c>.</summary>
    public static string? TryReadCardNumber(LayoutLine line)
    {
        var match = CardNumberRegex().Match(LineText.Normalized(line).Trim());
        return match.Success ? MaskedCardNumber.LastFour(match.Groups["card"].Value) : null;
    }

    /// <summary>An <c>Employee ID:</c> line of its own.</summary>
    public static string? TryReadEmployeeId(LayoutLine line)
    {
        var match = EmployeeLineRegex().Match(LineText.Normalized(line).Trim());
        return match.Success ? match.Groups["employee"].Value : null;
    }

    private static string? Employee(Match match) =>
        match.Groups["employee"].Success && match.Groups["employee"].Value.Length > 0 ? match.Groups["employee"].Value
            : null;

    [GeneratedRegex(
        @"^Cardholder(?:\s+Name)?:\s*(?<name>.+?)\s+(?:Account|Card(?:\s+Number)?|Acct):\s*"
            + @"(?<card>[Xx*•#\d][Xx*•#\d\s-]*\d{4})(?:\s+Employee\s+ID:\s*(?<employee>\S+))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelStyleRegex();

    [GeneratedRegex(
        @"^(?<name>.+?)\s+[-–—]\s+Card\s+ending\s+in\s+(?<last4>\d{4})(?:\s+Employee\s+ID:\s*(?<employee>\S+))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DashStyleRegex();

    [GeneratedRegex(@"^Cardholder(?:\s+Name)?:\s*(?<name>.+?)(?:\s+Employee\s+ID:\s*(?<employee>\S+))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockStyleRegex();

    [GeneratedRegex(@"^(?:Card\s+Number|Account(?:\s+Number)?|Card):\s*(?<card>[Xx*•#\d][Xx*•#\d\s-]*\d{4})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CardNumberRegex();

    [GeneratedRegex(@"^Employee\s+(?:ID|Number|No\.?):\s*(?<employee>\S+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmployeeLineRegex();
}
