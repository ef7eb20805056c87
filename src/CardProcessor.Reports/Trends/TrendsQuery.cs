using System.Globalization;
using CardProcessor.Data;
using CardProcessor.Data.Sessions;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports.Trends;

public static class TrendsQuery
{
    /// <summary>
    /// Monthly totals and counts across sessions between <paramref name="from"/> and <paramref name="to"/>
    /// (statement months, both inclusive). A month counts once: a session re-run by a newer one
    /// (its parent) is left out, and so are sessions not yet extracted (Draft, Processing, Failed).
    /// </summary>
    public static async Task<TrendsResponse> LoadAsync(
        CardProcessorDbContext db,
        DateOnly? from,
        DateOnly? to,
        TrendGrouping grouping,
        CancellationToken cancellationToken)
    {
        var sessions = CountedSessions(db, from, to);
        var rows = grouping switch
        {
            TrendGrouping.Employee => await TrendQueries.ByEmployeeAsync(db, sessions, cancellationToken),
            TrendGrouping.Category => await TrendQueries.ByCategoryAsync(db, sessions, cancellationToken),
            _ => await TrendQueries.ByMerchantGroupAsync(db, sessions, cancellationToken),
        };

        var months = rows.Select(r => new DateOnly(r.Year, r.Month, 1)).Distinct().Order().Select(Month).ToList();
        var series = rows
            .GroupBy(r => r.Key)
            .Select(g =>
            {
                var byMonth = g.ToDictionary(r => Month(new DateOnly(r.Year, r.Month, 1)));
                var points = months
                    .Select(m => byMonth.TryGetValue(m, out var r)
                        ? new TrendPoint(m, r.Count, r.Total)
                        : new TrendPoint(m, 0, 0))
                    .ToList();
                return new TrendSeries(g.Key, g.First().Label, points);
            })
            .OrderByDescending(s => s.Points.Sum(p => p.Total)).ThenBy(s => s.Label, StringComparer.Ordinal)
            .ToList();
        return new TrendsResponse(from, to, TrendGroupings.NameOf(grouping), months, series);
    }

    /// <summary>
    /// Sessions whose statement month (the month the period ends in) falls between the bounds and that
    /// no newer run replaced.
    /// </summary>
    private static IQueryable<ProcessingSession> CountedSessions(
        CardProcessorDbContext db, DateOnly? from, DateOnly? to)
    {
        var sessions = db.Sessions.AsNoTracking()
            .Where(s => s.Status == SessionStatus.Review || s.Status == SessionStatus.Approved)
            .Where(s => !db.Sessions.Any(child => child.ParentSessionId == s.Id
                && (child.Status == SessionStatus.Review || child.Status == SessionStatus.Approved)));
        if (from is { } start)
        {
            var first = new DateOnly(start.Year, start.Month, 1);
            sessions = sessions.Where(s => s.PeriodEnd >= first);
        }

        if (to is { } end)
        {
            var last = new DateOnly(end.Year, end.Month, 1).AddMonths(1);
            sessions = sessions.Where(s => s.PeriodEnd < last);
        }

        return sessions;
    }

    private static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
