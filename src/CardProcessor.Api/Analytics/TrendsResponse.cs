namespace CardProcessor.Api.Analytics;

/// <summary>Monthly totals across sessions, shaped for a chart: the months on the axis, and one series per group with a point for each month.</summary>
/// <param name="Months">Statement months as <c>yyyy-MM</c>, oldest first.</param>
public sealed record TrendsResponse(DateOnly? From, DateOnly? To, string GroupBy, IReadOnlyList<string> Months, IReadOnlyList<TrendSeries> Series);

/// <param name="Key">Stable id of the group: an employee id, a card's holder name for a vehicle, a category or a merchant group.</param>
/// <param name="Points">One per month of <see cref="TrendsResponse.Months"/>, zero where the group had nothing.</param>
public sealed record TrendSeries(string Key, string Label, IReadOnlyList<TrendPoint> Points);

public sealed record TrendPoint(string Month, int Count, decimal Total);
