using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CardProcessor.Api.Tests.Infrastructure;

namespace CardProcessor.Api.Tests.EndToEnd;

/// <summary>
/// A worker stopped in the middle of a 188-page statement, by SIGKILL or by SIGTERM, and a fresh
/// one started: the document is read again or finished, and every transaction is stored exactly once.
/// These run on a pipeline of their own (its own database, virtual host and worker process).
/// </summary>
public sealed class WorkerFaultTests(PipelineFixture pipeline) : IClassFixture<PipelineFixture>
{
    private static readonly string StatementPath = Fixtures.Car("car-2099-000.pdf");
    private readonly HttpClient _processor = pipeline.ClientFor("Processor");

    [Fact]
    public async Task A_worker_killed_mid_document_leaves_it_to_the_next_worker_and_no_transaction_twice()
    {
        var sessionId = await StartAsync();
        await WaitUntilMidDocumentAsync(sessionId);

        await pipeline.ReplaceWorkerAsync(worker => worker.KillAsync());

        await AssertEveryTransactionOnceAsync(sessionId);
    }

    [Fact]
    public async Task A_worker_terminated_mid_document_finishes_or_returns_it_and_no_transaction_twice()
    {
        var sessionId = await StartAsync();
        await WaitUntilMidDocumentAsync(sessionId);

        await pipeline.ReplaceWorkerAsync(async worker => await worker.TerminateAsync(TimeSpan.FromSeconds(90)));

        await AssertEveryTransactionOnceAsync(sessionId);
    }

    private async Task<string> StartAsync()
    {
        var sessionId = (await _processor.CreateSessionAsync("Faults", "2026-01-01", "2026-12-31"))
            .GetProperty("id").GetString()!;
        using var upload = await _processor.PostAsync(
            $"/api/v1/sessions/{sessionId}/documents", Fixtures.Upload(StatementPath));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        using var start = await _processor.PostAsync($"/api/v1/sessions/{sessionId}/process", null);
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        return sessionId;
    }

    private async Task WaitUntilMidDocumentAsync(string sessionId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var document = (await ProgressAsync(sessionId)).GetProperty("documents")[0];
            var status = document.GetProperty("status").GetString();
            var done = document.GetProperty("pagesDone").GetInt32();
            if (status == "Extracting" && done > 0)
            {
                return;
            }

            Assert.True(status is "Queued" or "Extracting", $"the document should still be read, it is {status}");
            Assert.True(DateTime.UtcNow < deadline, "the worker never started reading");
            await Task.Delay(100);
        }
    }

    private async Task AssertEveryTransactionOnceAsync(string sessionId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(300);
        JsonElement progress;
        while ((progress = await ProgressAsync(sessionId)).GetProperty("status").GetString()
            is not ("Review" or "Failed"))
        {
            Assert.True(
                DateTime.UtcNow < deadline,
                $"processing did not finish: {progress}\n{pipeline.Worker.RecentOutput}");
            await Task.Delay(500);
        }

        Assert.Equal("Review", progress.GetProperty("status").GetString());
        var expected = GroundTruth.Load(StatementPath).Transactions
            .Select(t => (
                t.Cardholder.GetProperty("card_last4").GetString(),
                t.Transaction.GetProperty("reference").GetString()))
            .ToList();
        var stored = await ReadAllAsync($"/api/v1/sessions/{sessionId}/transactions");
        var keys = stored
            .Select(t => (t.GetProperty("cardLast4").GetString(), t.GetProperty("reference").GetString()))
            .ToList();
        Assert.Equal(expected.Count, keys.Count);
        Assert.Equal(expected.Order(), keys.Order());
    }

    private Task<JsonElement> ProgressAsync(string sessionId) =>
        _processor.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/progress");

    private async Task<List<JsonElement>> ReadAllAsync(string path)
    {
        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var result = await _processor.GetFromJsonAsync<JsonElement>($"{path}?page={page}&pageSize=500");
            items.AddRange(result.GetProperty("items").EnumerateArray());
            if (items.Count >= result.GetProperty("total").GetInt32())
            {
                return items;
            }
        }
    }
}
