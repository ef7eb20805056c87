namespace CardProcessor.Web.Api.Models;

public sealed record Trends(string GroupBy, IReadOnlyList<string> Months, IReadOnlyList<TrendSeries> Series);
