namespace CardProcessor.Reports.Trends;

/// <summary>
/// The grouping names clients ask for (<c>?groupBy=merchantGroup</c>), which are not the enum's names.
/// </summary>
public static class TrendGroupings
{
    private static readonly Dictionary<string, TrendGrouping> s_byName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["employee"] = TrendGrouping.Employee,
        ["category"] = TrendGrouping.Category,
        ["merchantGroup"] = TrendGrouping.MerchantGroup,
    };

    public static IEnumerable<string> Names => s_byName.Keys;

    public static bool TryParse(string? name, out TrendGrouping grouping) =>
        s_byName.TryGetValue(name ?? string.Empty, out grouping);

    public static string NameOf(TrendGrouping grouping) => s_byName.First(pair => pair.Value == grouping).Key;
}
