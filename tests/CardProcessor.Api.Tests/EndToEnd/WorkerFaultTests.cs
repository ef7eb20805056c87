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
        var sessionId = await _processor.StartProcessingAsync("Faults", "2026-01-01", "2026-12-31", StatementPath);
        await _processor.WaitUntilMidDocumentAsync(sessionId);

        await pipeline.ReplaceWorkerAsync(worker => worker.KillAsync());

        await AssertEveryTransactionOnceAsync(sessionId);
    }

    [Fact]
    public async Task A_worker_terminated_mid_document_finishes_or_returns_it_and_no_transaction_twice()
    {
        var sessionId = await _processor.StartProcessingAsync("Faults", "2026-01-01", "2026-12-31", StatementPath);
        await _processor.WaitUntilMidDocumentAsync(sessionId);

        await pipeline.ReplaceWorkerAsync(async worker => await worker.TerminateAsync(TimeSpan.FromSeconds(90)));

        await AssertEveryTransactionOnceAsync(sessionId);
    }

    private async Task AssertEveryTransactionOnceAsync(string sessionId)
    {
        var progress = await _processor.WaitUntilFinishedAsync(sessionId, TimeSpan.FromSeconds(300), pipeline.Worker);
        Assert.Equal("Review", progress.GetProperty("status").GetString());
        var stored = await _processor.ReadAllTransactionsAsync(sessionId);
        Assert.Equal(FaultTestQueries.ExpectedTransactions(StatementPath), stored.Order().ToList());
    }
}
