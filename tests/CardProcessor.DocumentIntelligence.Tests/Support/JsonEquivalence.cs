using System.Text.Json;
using System.Text.Json.Nodes;

namespace CardProcessor.DocumentIntelligence.Tests.Support;

/// <summary>
/// Compares two JSON documents as values: same properties with the same values, numbers by value (<c>1</c> and
/// <c>1.0</c> are equal), where a property that is null on one side may be absent on the other. That one
/// allowance is the wire's own: the service omits what it has not got.
/// </summary>
internal static class JsonEquivalence
{
    /// <summary>The JSON paths at which the two differ; empty when they are equivalent.</summary>
    public static List<string> Differences(JsonNode? expected, JsonNode? actual)
    {
        var differences = new List<string>();
        Compare(expected, actual, "$", differences);
        return differences;
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        switch (expected, actual)
        {
            case (null, null):
                return;
            case (JsonObject want, JsonObject got):
                foreach (var name in want.Select(p => p.Key).Union(got.Select(p => p.Key)))
                {
                    Compare(want[name], got[name], $"{path}.{name}", differences);
                }

                return;
            case (JsonArray want, JsonArray got):
                if (want.Count != got.Count)
                {
                    differences.Add($"{path}: {want.Count} items, got {got.Count}");
                    return;
                }

                for (var i = 0; i < want.Count; i++)
                {
                    Compare(want[i], got[i], $"{path}[{i}]", differences);
                }

                return;
            case (JsonValue want, JsonValue got) when ValuesEqual(want, got):
                return;
            default:
                differences.Add(
                    $"{path}: expected {expected?.ToJsonString() ?? "absent"}, got "
                    + $"{actual?.ToJsonString() ?? "absent"}");
                return;
        }
    }

    private static bool ValuesEqual(JsonValue want, JsonValue got)
    {
        var (wantKind, gotKind) = (want.GetValueKind(), got.GetValueKind());
        if (wantKind != gotKind)
        {
            return false;
        }

        return wantKind == JsonValueKind.Number
            ? want.GetValue<decimal>() == got.GetValue<decimal>()
            : want.ToJsonString() == got.ToJsonString();
    }
}
