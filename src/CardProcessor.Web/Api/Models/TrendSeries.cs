namespace CardProcessor.Web.Api.Models;

public sealed record TrendSeries(
    string Key, string Label, IReadOnlyList<TrendPoint> Points);
