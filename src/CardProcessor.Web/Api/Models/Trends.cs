namespace CardProcessor.Web.Api.Models;

public sealed record Trends(
    string GroupBy, IReadOnlyList<TrendSeries> Series);
