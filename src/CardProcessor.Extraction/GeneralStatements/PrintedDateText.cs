using CardProcessor.Extraction.Parsing;

namespace CardProcessor.Extraction.GeneralStatements;

/// <summary>
/// A date cell as printed, read both ways until the document shows which order it uses
/// (<c>15/07</c> can only be day first, <c>07/15</c> only month first).
/// </summary>
internal sealed record PrintedDateText(string Text)
{
    public PrintedDate? MonthFirst { get; } = DateParser.TryParse(Text, dayFirst: false, out var date) ? date : null;

    public PrintedDate? DayFirst { get; } = DateParser.TryParse(Text, dayFirst: true, out var date) ? date : null;

    public bool IsDate => MonthFirst is not null || DayFirst is not null;

    /// <summary>Whether the two readings differ (a slashed date with both parts 12 or less, or one of them).</summary>
    public bool IsAmbiguous => MonthFirst != DayFirst;

    public DateOnly? Resolve(bool dayFirst, DateOnly? periodStart, DateOnly? periodEnd) =>
        (dayFirst ? DayFirst ?? MonthFirst : MonthFirst ?? DayFirst)?.Resolve(periodStart, periodEnd);
}
