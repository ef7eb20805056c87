using System.Text.RegularExpressions;

namespace CardProcessor.Data.Cards;

/// <summary>
/// The name a person reads for a cardholder. Statements print a vehicle card's holder as its unit
/// run together (<c>830VEHICLE UNIT</c>); people expect <c>Vehicle unit 830</c>. A person's card
/// keeps the name as printed.
/// </summary>
public static partial class CardholderDisplayName
{
    public static string Of(string holderName, bool isVehicle)
    {
        if (!isVehicle)
        {
            return holderName;
        }

        var match = UnitFirst().Match(holderName.Trim());
        if (!match.Success)
        {
            match = UnitLast().Match(holderName.Trim());
        }

        return match.Success ? $"Vehicle unit {match.Groups["unit"].Value}" : holderName;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^(?<unit>[0-9A-Z-]*[0-9][0-9A-Z-]*)\s*VEHICLE\s*UNIT$", Options)]
    private static partial Regex UnitFirst();

    [GeneratedRegex(@"^VEHICLE\s*UNIT\s*#?\s*(?<unit>[0-9A-Z-]*[0-9][0-9A-Z-]*)$", Options)]
    private static partial Regex UnitLast();
}
