namespace CardProcessor.Extraction.Parsing;

/// <summary>A date as printed, whose year may be missing (<c>03/02</c>, <c>02 Mar</c>).</summary>
internal readonly record struct PrintedDate(int? Year, int Month, int Day)
{
    /// <summary>
    /// The full date: the printed year, or else the year that puts the day closest to the
    /// statement period, so that <c>12/28</c> and <c>01/03</c> on a December-January statement
    /// land in different years, and a transaction made a few days before the period keeps the
    /// period's year.
    /// </summary>
    public DateOnly? Resolve(DateOnly? periodStart, DateOnly? periodEnd)
    {
        if (Year is { } year)
        {
            return Create(year);
        }

        var start = periodStart ?? periodEnd;
        var end = periodEnd ?? periodStart;
        if (start is null || end is null)
        {
            return null;
        }

        DateOnly? best = null;
        var bestDistance = int.MaxValue;
        for (var candidateYear = start.Value.Year - 1; candidateYear <= end.Value.Year + 1; candidateYear++)
        {
            if (Create(candidateYear) is not { } candidate)
            {
                continue;
            }

            var distance = candidate < start.Value
                ? start.Value.DayNumber - candidate.DayNumber
                : candidate > end.Value ? candidate.DayNumber - end.Value.DayNumber : 0;
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    private DateOnly? Create(int year) =>
        Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(year, Month)
            ? new DateOnly(year, Month, Day)
            : null;
}
