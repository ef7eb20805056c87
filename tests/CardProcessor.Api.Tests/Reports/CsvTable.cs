using CsvHelper;

namespace CardProcessor.Api.Tests.Reports;

/// <summary>
/// A CSV file read back with CsvHelper's own reader (not a split on commas): its header and each row by column name.
/// </summary>
internal sealed record CsvTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows)
{
    public static CsvTable Parse(byte[] content)
    {
        using var reader = CsvReader.Create(content, CsvReaderOptions.Default with { Separator = ',' });
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(
                reader
                    .Headers.Select((name, index) => (name, value: reader.GetString(index)))
                    .ToDictionary(f => f.name, f => f.value));
        }

        return new CsvTable(reader.Headers.ToList(), rows);
    }
}
