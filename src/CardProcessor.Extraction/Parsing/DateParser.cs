using System.Globalization;
using System.Text.RegularExpressions;

namespace CardProcessor.Extraction.Parsing;

/// <summary>
/// Reads the date styles statements print: <c>03/02/2026</c>, <c>03/02/26</c>, <c>3/2</c>,
/// <c>02-Mar-2026</c>, <c>02 Mar</c>, <c>Mar 02, 2026</c> and <c>2026-03-02</c>.
/// Slashed dates are month first (US issuers) unless the caller knows the document prints them day
/// first (<c>15/07/2024</c>); dotted dates (<c>15.07.</c>, <c>15.07.2024</c>) are always day first.
/// </summary>
internal static partial class DateParser
{
    private static readonly string[] _months =
        ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER",
            "DECEMBER"];

    public static bool TryParse(string? text, out PrintedDate date) => TryParse(text, dayFirst: false, out date);

    /// <summary>Reads a date; <paramref name="dayFirst"/> says how the document orders a slashed date.</summary>
    public static bool TryParse(string? text, bool dayFirst, out PrintedDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim();
        Match match;
        if ((match = IsoRegex().Match(value)).Success)
        {
            return TryCreate(Number(match, "year"), Number(match, "month"), Number(match, "day"), out date);
        }

        if ((match = SlashRegex().Match(value)).Success)
        {
            // The regex names the groups month first; a day-first document swaps them.
            var (month, day) = (Number(match, "month"), Number(match, "day"));
            return dayFirst
                ? TryCreate(Year(match), day, month, out date)
                : TryCreate(Year(match), month, day, out date);
        }

        if ((match = DottedRegex().Match(value)).Success)
        {
            return TryCreate(Year(match), Number(match, "month"), Number(match, "day"), out date);
        }

        if ((match = DayMonthRegex().Match(value)).Success || (match = MonthDayRegex().Match(value)).Success)
        {
            var month = MonthNumber(match.Groups["month"].Value);
            return month > 0 && TryCreate(Year(match), month, Number(match, "day"), out date);
        }

        return false;
    }

    /// <summary>Parses a date that must carry its year (report periods, produced-on stamps).</summary>
    public static DateOnly? ParseFull(string? text) =>
        TryParse(text, out var date) && date.Year is not null ? date.Resolve(null, null) : null;

    private static bool TryCreate(int? year, int month, int day, out PrintedDate date)
    {
        date = new PrintedDate(year, month, day);
        if (month is < 1 or > 12 || day < 1)
        {
            return false;
        }

        // Without a year, 29 February must stay possible (a leap year may be inferred later).
        var daysInMonth = DateTime.DaysInMonth(year ?? 2000, month);
        return day <= daysInMonth;
    }

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int? Year(Match match)
    {
        var group = match.Groups["year"];
        if (!group.Success)
        {
            return null;
        }

        var year = int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);
        return group.Value.Length == 2 ? 2000 + year : year;
    }

    private static int MonthNumber(string name)
    {
        // A month is its three-letter abbreviation, "Sept", or its full name.
        var upper = name.ToUpperInvariant();
        for (var i = 0; i < _months.Length; i++)
        {
            if (upper.Length >= 3 && _months[i].StartsWith(upper, StringComparison.Ordinal)
                && (upper.Length == 3 || upper == "SEPT" || upper.Length == _months[i].Length))
            {
                return i + 1;
            }
        }

        return 0;
    }

    [GeneratedRegex(@"^(?<year>\d{4})[-/.](?<month>\d{1,2})[-/.](?<day>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoRegex();

    [GeneratedRegex(@"^(?<month>\d{1,2})[/-](?<day>\d{1,2})(?:[/-](?<year>\d{4}|\d{2}))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex SlashRegex();

    [GeneratedRegex(@"^(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4}|\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DottedRegex();

    [GeneratedRegex(@"^(?<day>\d{1,2})[-\s.]?(?<month>[A-Za-z]{3,9})\.?(?:[-\s,]+(?<year>\d{4}|\d{2}))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthRegex();

    [GeneratedRegex(@"^(?<month>[A-Za-z]{3,9})\.?\s+(?<day>\d{1,2})(?:,?\s+(?<year>\d{4}))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayRegex();
}
