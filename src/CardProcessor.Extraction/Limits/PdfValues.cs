namespace CardProcessor.Extraction.Limits;

// The few PDF value shapes the pre-scan needs; numbers are long or double, arrays List<object?>.
internal sealed record PdfName(string Value);

internal readonly record struct PdfRef(int Number, int Generation);

internal sealed record PdfString(byte[] Bytes);

/// <summary>A dictionary as the pre-scan reads it: keys without their slash.</summary>
internal sealed class PdfDictionary(Dictionary<string, object?> entries)
{
    public object? this[string key] => entries.GetValueOrDefault(key);

    public IEnumerable<KeyValuePair<string, object?>> Entries => entries;

    public string? NameOf(string key) => this[key] is PdfName name ? name.Value : null;

    public bool Is(string key, string name) => NameOf(key) == name;
}
