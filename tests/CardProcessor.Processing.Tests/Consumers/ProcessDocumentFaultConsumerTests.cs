using CardProcessor.Contracts;
using CardProcessor.Data.Documents;
using CardProcessor.Processing.Extraction;
using CardProcessor.Processing.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Processing.Tests.Consumers;

public sealed class ProcessDocumentFaultConsumerTests(ConsumerFixture fixture) : IClassFixture<ConsumerFixture>
{
    [Fact]
    public async Task A_document_whose_processing_kept_failing_after_every_retry_is_marked_failed_with_the_last_error()
    {
        await using var uploader = await ConsumerHost.StartAsync(fixture);
        var (session, documents) = await ProcessingSessions.QueueAsync(
            uploader, ("car/car-2001-002.pdf", SourceDocumentKind.Statement));
        var document = documents[0];
        // A worker configured with a container that is not there: every attempt fails with the store's
        // error, which is worth retrying (an operator can fix the configuration meanwhile).
        await using var host = await ConsumerHost.StartAsync(fixture, container: $"cp-missing-{Guid.NewGuid():N}");
        var faults = host.Harness.GetConsumerHarness<ProcessDocumentFaultConsumer>().Consumed;

        await host.Harness.Bus.Publish(new ProcessDocument(document.Id, session.Id, document.BlobName));
        await ConsumerHost.WaitUntilAsync(
            () => faults.Select<Fault<ProcessDocument>>(f => f.Context.Message.Message.DocumentId == document.Id).Any(),
            "the fault of the ProcessDocument");

        var stored = await host.DocumentAsync(document.Id);
        Assert.Equal((DocumentStatus.Failed, 2), (stored.Status, stored.Attempts));
        Assert.StartsWith(
            "Processing failed after all retries: Azure.RequestFailedException: ",
            stored.Error,
            StringComparison.Ordinal);
        var announced = Assert.Single(await ProcessDocumentConsumerTests.OutboxAsync(host, document.Id));
        Assert.Equal(new DocumentProcessed(document.Id, session.Id, false, stored.Error), announced.Message);
        var audit = await host.WithDbAsync(db => db.AuditLog.SingleAsync(a => a.Action == "document.failed"));
        Assert.Equal(
            (document.Id.ToString(), "system:worker", ConsumerHost.Now),
            (audit.EntityId, audit.Actor, audit.At));
    }

    [Fact]
    public async Task A_fault_that_arrives_after_the_document_was_extracted_changes_nothing()
    {
        await using var host = await ConsumerHost.StartAsync(fixture);
        var (session, documents) = await ProcessingSessions.QueueAsync(
            host, ("car/receipt-images-2001-002.pdf", SourceDocumentKind.ReceiptReport));
        var document = documents[0];
        await host.ExtractAsync(document.Id, ExtractedFixtures.Receipts);

        var faults = host.Harness.GetConsumerHarness<ProcessDocumentFaultConsumer>().Consumed;

        // The fault MassTransit would publish after a last retry, initialised the way it initialises one.
        await host.Harness.Bus.Publish<Fault<ProcessDocument>>(new
        {
            FaultId = NewId.NextGuid(),
            Timestamp = DateTime.UtcNow,
            Message = new ProcessDocument(document.Id, session.Id, document.BlobName),
            Exceptions = new[] { new { ExceptionType = "System.TimeoutException", Message = "The database did not " +
                "answer." } },
        });
        await ConsumerHost.WaitUntilAsync(
            () => faults.Select<Fault<ProcessDocument>>(f => f.Context.Message.Message.DocumentId == document.Id).Any(),
            "the fault to be consumed");

        var stored = await host.DocumentAsync(document.Id);
        Assert.Equal((DocumentStatus.Extracted, null), (stored.Status, stored.Error));
        Assert.Empty(await ProcessDocumentConsumerTests.OutboxAsync(host, document.Id));
    }
}
