using System.Text.Json;

namespace CardProcessor.Api.Tests.EndToEnd;

/// <summary>A fixture's ground-truth JSON, read as the spec describes it.</summary>
internal sealed class GroundTruth(JsonElement root)
{
    public static GroundTruth Load(string pdfPath) =>
        new(JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(pdfPath, ".json"))).RootElement.Clone());

    public IEnumerable<JsonElement> Cardholders => root.GetProperty("cardholders").EnumerateArray();

    public IEnumerable<JsonElement> Receipts => root.GetProperty("receipts").EnumerateArray();

    public IEnumerable<(JsonElement Cardholder, JsonElement Transaction)> Transactions =>
        Cardholders.SelectMany(c => c.GetProperty("transactions").EnumerateArray().Select(t => (c, t)));

    public decimal GrandTotal => decimal.Parse(
        root.GetProperty("grand_total").GetString()!,
        System.Globalization.CultureInfo.InvariantCulture);
}
