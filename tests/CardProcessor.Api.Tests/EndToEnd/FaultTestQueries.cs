using System.Net.Http.Json;
using System.Text.Json;

namespace CardProcessor.Api.Tests.EndToEnd;

/// <summary>What the fault tests read back through the API: every stored transaction of a session.</summary>
public static class FaultTestQueries
{
    /// <summary>(card last four, reference) of every stored transaction, duplicates kept so a test sees them.</summary>
    public static async Task<List<(string?, string?)>> ReadAllTransactionsAsync(
        this HttpClient client, string sessionId)
    {
        var keys = new List<(string?, string?)>();
        for (var page = 1; ; page++)
        {
            var result = await client.GetFromJsonAsync<JsonElement>(
                $"/api/v1/sessions/{sessionId}/transactions?page={page}&pageSize=500");
            var items = result.GetProperty("items").EnumerateArray().ToList();
            keys.AddRange(items.Select(t =>
                (t.GetProperty("cardLast4").GetString(), t.GetProperty("reference").GetString())));
            if (items.Count == 0 || keys.Count >= result.GetProperty("total").GetInt32())
            {
                return keys;
            }
        }
    }
}
