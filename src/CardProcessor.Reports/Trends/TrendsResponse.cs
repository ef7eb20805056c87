namespace CardProcessor.Reports.Trends;

/// <summary>
/// Monthly totals across sessions, shaped for a chart: the months on the axis, and one series per
/// group with a point for each month. The type names are the OpenAPI schema names of the trends route.
/// </summary>
/// <param name="Months">Statement months as <c>yyyy-MM</c>, oldest first.</param>
public sealed record TrendsResponse(
    DateOnly? From,
    DateOnly? To,
    string GroupBy,
    IReadOnlyList<string> Months,
    IReadOnlyList<TrendSeries> Series);
