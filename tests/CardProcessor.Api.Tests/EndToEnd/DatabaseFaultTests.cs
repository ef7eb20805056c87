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
        var sessionId = await _processor.StartProcessingAsync("Db fault", "2026-01-01", "2026-12-31", StatementPath);
        await _processor.WaitUntilMidDocumentAsync(sessionId);

        await pipeline.Postgres.RestartAsync();

        // The API's own connections were cut too; it answers again once the server is back.
        var progress = await _processor.WaitUntilFinishedAsync(
            sessionId, TimeSpan.FromSeconds(240), pipeline.Worker, connectionsMayDrop: true);
        Assert.Equal("Review", progress.GetProperty("status").GetString());
        Assert.Equal("Extracted", progress.GetProperty("documents")[0].GetProperty("status").GetString());
        Assert.False(pipeline.Worker.HasExited, $"the worker crashed:\n{pipeline.Worker.RecentOutput}");
        var stored = await _processor.ReadAllTransactionsAsync(sessionId);
        Assert.Equal(FaultTestQueries.ExpectedTransactions(StatementPath), stored.Order().ToList());
    }
}
