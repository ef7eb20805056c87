using CardProcessor.Contracts;
using CardProcessor.Data.Documents;
using CardProcessor.Extraction.Tests.Hostile;
using CardProcessor.Processing.Extraction;
using CardProcessor.Processing.Tests.Consumers;

namespace CardProcessor.Processing.Tests.Hostile;

public sealed class HostileDocumentConsumerTests(ConsumerFixture fixture) : IClassFixture<ConsumerFixture>
{
    private const string Statement = "car/" + HostileStatements.FixtureName;

    [Fact]
    public async Task A_statement_with_a_bomb_page_fails_at_once_naming_the_bound_and_the_worker_stays_healthy()
    {
        await using var host = await ConsumerHost.StartAsync(fixture);
        var (session, documents) = await ProcessingSessions.QueueAsync(
            host, (Statement, SourceDocumentKind.Statement), ("car/car-2001-002.pdf", SourceDocumentKind.Statement));
        var (hostile, ordinary) = (documents[0], documents[1]);
        await using (var bomb = new MemoryStream(HostileCorpus.Named("statement-with-bomb-page").Build()))
        {
            await host.Store.UploadAsync(hostile.BlobName, bomb, "application/pdf", CancellationToken.None);
        }

        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);

        await host.DeliverAsync<ProcessDocumentConsumer, ProcessDocument>(
            new ProcessDocument(hostile.Id, session.Id, hostile.BlobName), m => m.DocumentId == hostile.Id);

        var failed = await host.DocumentAsync(hostile.Id);
        Assert.Equal((DocumentStatus.Failed, 1), (failed.Status, failed.Attempts));
        Assert.Equal("Page 10's content inflates beyond the 64 MiB per-stream limit.", failed.Error);
        var consumed = host.Harness.GetConsumerHarness<ProcessDocumentConsumer>().Consumed
            .Select<ProcessDocument>(m => m.Context.Message.DocumentId == hostile.Id).ToList();
        Assert.Null(Assert.Single(consumed).Exception);
        var heapGrowth = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        Assert.True(heapGrowth < 64L * 1024 * 1024, $"the heap kept {heapGrowth:N0} bytes");

        await host.DeliverAsync<ProcessDocumentConsumer, ProcessDocument>(
            new ProcessDocument(ordinary.Id, session.Id, ordinary.BlobName), m => m.DocumentId == ordinary.Id);
        Assert.Equal(DocumentStatus.Extracted, (await host.DocumentAsync(ordinary.Id)).Status);
    }
}
