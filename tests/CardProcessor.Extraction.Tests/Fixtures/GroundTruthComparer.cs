using System.Text.Json.Nodes;

namespace CardProcessor.Extraction.Tests.Fixtures;

/// <summary>
/// Compares the extractor's JSON with a ground-truth file, field by field, over what the document
/// shows: a column the statement does not print (its <c>style.cols</c> lacks it) is not compared;
/// without a City/State column the merchant cell prints merchant, city and state together;
/// <c>matches_reference</c>, <c>display_name</c> and a receipt images report's company and period
/// are not printed on the document; <c>style</c> is metadata.
/// </summary>
internal static class GroundTruthComparer
{
    public static IReadOnlyList<string> Differences(JsonObject extracted, JsonObject truth)
    {
        var differences = new List<string>();
        var columns = (truth["style"]?["cols"] as JsonArray)?.Select(c => c!.GetValue<string>()).ToHashSet();
        var layout = truth["layout"]?.GetValue<string>();
        var notPrinted = new HashSet<string> { "style", "cardholders", "receipts" };
        if (layout == "receipt-images-report")
        {
            notPrinted.UnionWith(["company", "period_start", "period_end"]);
        }

        foreach (var (key, value) in truth)
        {
            if (!notPrinted.Contains(key))
            {
                Compare(differences, key, extracted[key], value, extracted.ContainsKey(key));
            }
        }

        if (truth["cardholders"] is JsonArray cardholders)
        {
            CompareCardholders(differences, extracted["cardholders"] as JsonArray ?? [], cardholders, columns);
        }

        if (truth["receipts"] is JsonArray receipts)
        {
            CompareReceipts(differences, extracted["receipts"] as JsonArray ?? [], receipts);
        }

        return differences;
    }

    private static void CompareCardholders(List<string> differences, JsonArray extracted, JsonArray truth,
        HashSet<string>? columns)
    {
        if (extracted.Count != truth.Count)
        {
            differences.Add($"cardholders: {extracted.Count} extracted, {truth.Count} expected");
        }

        for (var i = 0; i < Math.Min(extracted.Count, truth.Count); i++)
        {
            var expected = truth[i]!.AsObject();
            var actual = extracted[i]!.AsObject();
            var name = expected["name"]?.GetValue<string>();
            foreach (var (key, value) in expected)
            {
                if (key is not ("transactions" or "display_name"))
                {
                    Compare(differences, $"{name}.{key}", actual[key], value, actual.ContainsKey(key));
                }
            }

            var expectedTransactions = expected["transactions"]!.AsArray();
            var actualTransactions = actual["transactions"] as JsonArray ?? [];
            if (expectedTransactions.Count != actualTransactions.Count)
            {
                differences.Add(
                    $"{name}.transactions: {actualTransactions.Count} extracted, {expectedTransactions.Count} "
                    + $"expected");
            }

            for (var t = 0; t < Math.Min(expectedTransactions.Count, actualTransactions.Count); t++)
            {
                CompareTransaction(differences, $"{name}[{t}]", actualTransactions[t]!.AsObject(),
                    expectedTransactions[t]!.AsObject(), columns);
            }
        }
    }

    private static void CompareTransaction(List<string> differences, string path, JsonObject actual,
        JsonObject expected, HashSet<string>? columns)
    {
        foreach (var (key, value) in expected)
        {
            var expectedValue = value;
            if (columns is not null)
            {
                if ((key == "posting_date" && !columns.Contains("post"))
                    || (key == "reference" && !columns.Contains("ref"))
                    || (key == "merchant_group" && !columns.Contains("group"))
                    || (key == "mcc" && !columns.Contains("mcc"))
                    || (key is "city" or "state" && !columns.Contains("city")))
                {
                    continue;
                }

                if (key == "merchant" && !columns.Contains("city"))
                {
                    var parts = new[] { expected["merchant"], expected["city"], expected["state"] }
                        .Select(p => p?.GetValue<string>())
                        .Where(p => !string.IsNullOrEmpty(p));
                    expectedValue = JsonValue.Create(string.Join(' ', parts));
                }
            }

            Compare(differences, $"{path}.{key}", actual[key], expectedValue, actual.ContainsKey(key));
        }
    }

    private static void CompareReceipts(List<string> differences, JsonArray extracted, JsonArray truth)
    {
        if (extracted.Count != truth.Count)
        {
            differences.Add($"receipts: {extracted.Count} extracted, {truth.Count} expected");
        }

        for (var i = 0; i < Math.Min(extracted.Count, truth.Count); i++)
        {
            var actual = extracted[i]!.AsObject();
            foreach (var (key, value) in truth[i]!.AsObject())
            {
                if (key == "matches_reference")
                {
                    continue;
                }

                // A vendor's trailing space in the ground truth cannot be printed visibly.
                var expectedValue = key == "vendor" && value is not null
                    ? JsonValue.Create(value.GetValue<string>().Trim()) : value;
                Compare(differences, $"receipts[{i}].{key}", actual[key], expectedValue, actual.ContainsKey(key));
            }
        }
    }

    private static void Compare(List<string> differences, string path, JsonNode? actual, JsonNode? expected,
        bool present)
    {
        if (!present)
        {
            differences.Add($"{path}: missing, expected {Show(expected)}");
        }
        else if (!JsonNode.DeepEquals(actual, expected))
        {
            differences.Add($"{path}: {Show(actual)}, expected {Show(expected)}");
        }
    }

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "null";
}
