namespace CardProcessor.Reports.Csv;

/// <summary>The dataset names clients ask for (<c>?dataset=erp-import</c>), which are not the enum's names.</summary>
public static class CsvDatasets
{
    private static readonly Dictionary<string, CsvDataset> s_byName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["erp-import"] = CsvDataset.ErpImport,
        ["transactions"] = CsvDataset.Transactions,
        ["receipts"] = CsvDataset.Receipts,
        ["issues"] = CsvDataset.Issues,
        ["employees"] = CsvDataset.Employees,
    };

    public static IEnumerable<string> Names => s_byName.Keys;

    public static bool TryParse(string? name, out CsvDataset dataset) =>
        s_byName.TryGetValue(name ?? string.Empty, out dataset);

    public static string NameOf(CsvDataset dataset) => s_byName.First(pair => pair.Value == dataset).Key;
}
