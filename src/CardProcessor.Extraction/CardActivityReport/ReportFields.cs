using System.Globalization;
using System.Text.RegularExpressions;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Parsing;

namespace CardProcessor.Extraction.CardActivityReport;

/// <summary>
/// The document-level facts of a card activity report: the report block on every page
/// (<c>Produced On</c>, the posted-date period) and the account code of the card section header
/// (the rest of that header is the section's own).
/// The first value read wins; the header repeats on every page.
/// </summary>
internal sealed partial class ReportFields
{
    private static readonly string[] _producedOnFormats =
        ["M/d/yyyy h:mm:sstt", "M/d/yyyy h:mm:ss tt", "M/d/yyyy H:mm:ss", "M/d/yyyy h:mmtt", "M/d/yyyy h:mm tt",
            "M/d/yyyy H:mm", "yyyy-MM-dd HH:mm:ss"];

    public DateTime? ProducedOn { get; private set; }

    public DateOnly? PeriodStart { get; private set; }

    public DateOnly? PeriodEnd { get; private set; }

    public string? AccountCode { get; private set; }

    public string? Company { get; private set; }

    /// <summary>Reads the report block's facts off a line; true if the line was report block only.</summary>
    public bool TryRead(LayoutLine line, double maxValueGap)
    {
        var text = LineText.Normalized(line);
        var period = PeriodRegex().Match(text);
        if (period.Success)
        {
            PeriodStart ??= DateParser.ParseFull(period.Groups["start"].Value);
            PeriodEnd ??= DateParser.ParseFull(period.Groups["end"].Value);
            return true;
        }

        if (LabeledValue.Find(line, "Produced On:", maxValueGap) is { } produced)
        {
            ProducedOn ??= ParseProducedOn(produced);
            return true;
        }

        if (LabeledValue.Find(line, "Account Code:", maxValueGap) is { } account)
        {
            // "S-89S - COMPANY NAME": the code has no spaces, the company may have dashes.
            var separator = account.IndexOf(" - ", StringComparison.Ordinal);
            AccountCode ??= separator < 0 ? account : account[..separator].Trim();
            if (separator >= 0)
            {
                Company ??= account[(separator + 3)..].Trim();
            }

            return true;
        }

        return LineText.Contains(line, "Cardholder Activity Report General");
    }

    private static DateTime? ParseProducedOn(string text)
    {
        var value = text.Trim();
        return DateTime.TryParseExact(value, _producedOnFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? parsed
            : null;
    }

    [GeneratedRegex(@"Posted Date between\s+(?<start>\S+)\s+and\s+(?<end>\S+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodRegex();
}
