namespace CardProcessor.Extraction.Parsing;

/// <summary>Splits a printed location (<c>LAKE CHARLES, LA</c>, <c>MONTREAL CA</c>) into city and state or country
/// code.</summary>
internal static class LocationParser
{
    public static (string? City, string? State) Split(string? location)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            return (null, null);
        }

        var text = location.Trim();
        var comma = text.LastIndexOf(',');
        if (comma >= 0)
        {
            var city = text[..comma].Trim();
            var state = text[(comma + 1)..].Trim();
            return (city.Length == 0 ? null : city, state.Length == 0 ? null : state);
        }

        var space = text.LastIndexOf(' ');
        if (space > 0 && IsRegionCode(text[(space + 1)..]))
        {
            return (text[..space].Trim(), text[(space + 1)..]);
        }

        return (text, null);
    }

    private static bool IsRegionCode(string text) => text.Length == 2 && text.All(char.IsAsciiLetterUpper);
}
