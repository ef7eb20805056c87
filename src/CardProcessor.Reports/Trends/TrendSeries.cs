namespace CardProcessor.Reports.Trends;

/// <param name="Key">
/// Stable id of the group: an employee id, a card's holder name for a vehicle, a category or a merchant group.
/// </param>
/// <param name="Points">
/// One per month of <see cref="TrendsResponse.Months"/>, zero where the group had nothing.
/// </param>
public sealed record TrendSeries(string Key, string Label, IReadOnlyList<TrendPoint> Points);
