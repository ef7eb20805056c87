using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using CardProcessor.Reports.Trends;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CardProcessor.Api.Analytics;

internal static class GetTrends
{
    /// <summary>
    /// Monthly totals and counts across sessions between <paramref name="from"/> and <paramref name="to"/>
    /// (statement months, both inclusive), one series per group.
    /// </summary>
    public static async Task<Results<Ok<TrendsResponse>, ProblemHttpResult>> HandleAsync(
        DateOnly? from, DateOnly? to, string? groupBy, CardProcessorDbContext db, CancellationToken cancellationToken)
    {
        if (!TrendGroupings.TryParse(groupBy, out var grouping))
        {
            return Problems.BadRequest(
                $"Unknown groupBy '{groupBy}'. Use one of: {string.Join(", ", TrendGroupings.Names)}.");
        }

        if (from > to)
        {
            return Problems.BadRequest("'from' is after 'to'.");
        }

        return TypedResults.Ok(await TrendsQuery.LoadAsync(db, from, to, grouping, cancellationToken));
    }
}
