using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CardProcessor.Api.Tests.Infrastructure;

namespace CardProcessor.Api.Tests.EndToEnd;

/// <summary>What the fault tests do through the API: start a statement, watch it, read back what was stored.</summary>
public static class FaultTestQueries
{
    /// <summary>A new session with the statement uploaded and processing started; its id.</summary>
    public static async Task<string> StartProcessingAsync(
        this HttpClient client, string name, string from, string to, string statementPath)
    {
        var sessionId = (await client.CreateSessionAsync(name, from, to)).GetProperty("id").GetString()!;
        using (var upload = await client.PostAsync(
            $"/api/v1/sessions/{sessionId}/documents", Fixtures.Upload(statementPath)))
        {
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        }

        using var start = await client.PostAsync($"/api/v1/sessions/{sessionId}/process", null);
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        return sessionId;
    }

    /// <summary>Waits until the worker is in the middle of the session's first document.</summary>
    public static async Task WaitUntilMidDocumentAsync(this HttpClient client, string sessionId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var document = (await client.ProgressAsync(sessionId)).GetProperty("documents")[0];
            var status = document.GetProperty("status").GetString();
            if (status == "Extracting" && document.GetProperty("pagesDone").GetInt32() > 0)
            {
                return;
            }

            Assert.True(status is "Queued" or "Extracting", $"the document should still be read, it is {status}");
            Assert.True(DateTime.UtcNow < deadline, $"the worker never started reading: {document}");
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// The session's progress once it is Review or Failed. With <paramref name="connectionsMayDrop"/> a
    /// request the API cannot answer (its database connections were cut) is asked again until the deadline.
    /// </summary>
    public static async Task<JsonElement> WaitUntilFinishedAsync(
        this HttpClient client, string sessionId, TimeSpan patience, ServiceProcess worker,
        bool connectionsMayDrop = false)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            try
            {
                var progress = await client.ProgressAsync(sessionId);
                if (progress.GetProperty("status").GetString() is "Review" or "Failed")
                {
                    return progress;
                }
            }
            catch (HttpRequestException) when (connectionsMayDrop && DateTime.UtcNow < deadline)
            {
            }

            Assert.True(DateTime.UtcNow < deadline, $"processing did not finish:\n{worker.RecentOutput}");
            await Task.Delay(500);
        }
    }

    /// <summary>(card last four, reference) of every transaction in the statement's ground truth, in order.</summary>
    public static List<(string?, string?)> ExpectedTransactions(string statementPath) =>
        [.. GroundTruth.Load(statementPath).Transactions
            .Select(t => (
                t.Cardholder.GetProperty("card_last4").GetString(),
                t.Transaction.GetProperty("reference").GetString()))
            .Order()];

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

    private static Task<JsonElement> ProgressAsync(this HttpClient client, string sessionId) =>
        client.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/progress");
}
