using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CardProcessor.Api.Tests.Infrastructure;

namespace CardProcessor.Api.Tests.EndToEnd;

/// <summary>
/// PostgreSQL restarted (<c>pg_ctl restart -m fast</c>) while the worker is in the middle of the 188-page
/// statement: the worker survives the cut connections, the document ends Extracted, the session Review,
/// and every transaction of the ground truth is stored exactly once. Runs on a private PostgreSQL server.
/// </summary>
public sealed class DatabaseFaultTests(PrivatePipelineFixture pipeline) : IClassFixture<PrivatePipelineFixture>
{
    private static readonly string StatementPath = Fixtures.Car("car-2099-000.pdf");
    private readonly HttpClient _processor = pipeline.ClientFor("Processor");

    [Fact]
    public async Task PostgreSQL_restarted_mid_document_loses_no_transaction_and_stores_none_twice()
    {
        var sessionId = (await _processor.CreateSessionAsync("Db fault", "2026-01-01", "2026-12-31"))
            .GetProperty("id").GetString()!;
        using (var upload = await _processor.PostAsync(
            $"/api/v1/sessions/{sessionId}/documents", Fixtures.Upload(StatementPath)))
        {
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        }

        using (var start = await _processor.PostAsync($"/api/v1/sessions/{sessionId}/process", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        }

        await WaitUntilMidDocumentAsync(sessionId);
        await pipeline.Postgres.RestartAsync();

        var progress = await WaitUntilFinishedAsync(sessionId);
        Assert.Equal("Review", progress.GetProperty("status").GetString());
        Assert.Equal("Extracted", progress.GetProperty("documents")[0].GetProperty("status").GetString());
        Assert.False(pipeline.Worker.HasExited, $"the worker crashed:\n{pipeline.Worker.RecentOutput}");
        var expected = GroundTruth.Load(StatementPath).Transactions
            .Select(t => (
                t.Cardholder.GetProperty("card_last4").GetString(),
                t.Transaction.GetProperty("reference").GetString()))
            .Order()
            .ToList();
        var stored = await _processor.ReadAllTransactionsAsync(sessionId);
        Assert.Equal(expected, stored.Order().ToList());
    }

    private async Task WaitUntilMidDocumentAsync(string sessionId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var document = (await ProgressAsync(sessionId)).GetProperty("documents")[0];
            if (document.GetProperty("status").GetString() == "Extracting"
                && document.GetProperty("pagesDone").GetInt32() > 0)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"the worker never started reading: {document}");
            await Task.Delay(100);
        }
    }

    private async Task<JsonElement> WaitUntilFinishedAsync(string sessionId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(240);
        while (true)
        {
            try
            {
                var progress = await ProgressAsync(sessionId);
                if (progress.GetProperty("status").GetString() is "Review" or "Failed")
                {
                    return progress;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                // The API's own connections were cut too; it answers again once the server is back.
            }

            Assert.True(DateTime.UtcNow < deadline, $"processing did not finish:\n{pipeline.Worker.RecentOutput}");
            await Task.Delay(500);
        }
    }

    private Task<JsonElement> ProgressAsync(string sessionId) =>
        _processor.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/progress");
}
