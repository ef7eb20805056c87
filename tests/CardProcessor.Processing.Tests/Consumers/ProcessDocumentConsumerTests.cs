using System.Text.Json;
using CardProcessor.Contracts;
using CardProcessor.Data.Documents;
using CardProcessor.Processing.Extraction;
using CardProcessor.Processing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Processing.Tests.Consumers;

public sealed class ProcessDocumentConsumerTests(ConsumerFixture fixture) : IClassFixture<ConsumerFixture>
{
    private const string Statement = "car/car-2001-002.pdf";
    private const string ReceiptReport = "car/receipt-images-2001-002.pdf";

    [Fact]
    public async Task A_queued_statement_is_extracted_stored_and_announced_through_the_outbox_in_one_go()
    {
        await using var host = await ConsumerHost.StartAsync(fixture);
        var (session, documents) = await ProcessingSessions.QueueAsync(host, (Statement, SourceDocumentKind.Statement));
        var statement = documents[0];

        await host.DeliverAsync<ProcessDocumentConsumer, ProcessDocument>(
            new ProcessDocument(statement.Id, session.Id, statement.BlobName), m => m.DocumentId == statement.Id);

        var stored = await host.DocumentAsync(statement.Id);
        Assert.Equal((DocumentStatus.Extracted, 1, "Local"), (stored.Status, stored.Attempts, stored.Extractor));
        Assert.Equal((4, 4, ConsumerHost.Now), (stored.PageCount, stored.PagesDone, stored.ExtractedAt));
        var expected = ExtractedFixtures.Statement.Cardholders;
        Assert.Equal(
            expected.Sum(c => c.Transactions.Count),
            await CountAsync(host, db => db.Transactions.Where(t => t.DocumentId == statement.Id)));
        Assert.Equal(
            expected.Count,
            await CountAsync(host, db => db.StatementCards.Where(c => c.DocumentId == statement.Id)));
        var announced = Assert.Single(await OutboxAsync(host, statement.Id));
        Assert.Equal(new DocumentProcessed(statement.Id, session.Id, true, null), announced.Message);
        Assert.Equal(ConsumerHost.Now, announced.CreatedAt);
        var audit = await host.WithDbAsync(
            db => db.AuditLog.SingleAsync(a => a.Action == "document.extracted"
                && a.EntityId == statement.Id.ToString()));
        Assert.Equal(("system:worker", "document", ConsumerHost.Now), (audit.Actor, audit.EntityType, audit.At));
        Assert.Equal(expected.Count, audit.After!.RootElement.GetProperty("cardholders").GetInt32());
    }

    [Fact]
    public async Task A_document_whose_file_is_gone_from_storage_fails_at_once_without_retries()
    {
        await using var host = await ConsumerHost.StartAsync(fixture);
        var (session, documents) = await ProcessingSessions.QueueAsync(host, (Statement, SourceDocumentKind.Statement));
        var statement = documents[0];
        await host.Store.DeleteIfExistsAsync(statement.BlobName, CancellationToken.None);

        await host.DeliverAsync<ProcessDocumentConsumer, ProcessDocument>(
            new ProcessDocument(statement.Id, session.Id, statement.BlobName), m => m.DocumentId == statement.Id);

        var stored = await host.DocumentAsync(statement.Id);
        Assert.Equal((DocumentStatus.Failed, 1), (stored.Status, stored.Attempts));
        Assert.Contains("no longer in storage", stored.Error, StringComparison.Ordinal);
        var consumed = Assert.Single(host.Harness.GetConsumerHarness<ProcessDocumentConsumer>().Consumed
            .Select<ProcessDocument>(m => m.Context.Message.DocumentId == statement.Id));
        Assert.Null(consumed.Exception);
    }

    [Theory]
    [InlineData(403, false)]
    [InlineData(409, false)]
    [InlineData(429, true)]
    [InlineData(503, true)]
    [InlineData(0, true)]
    public void Storage_errors_are_retried_only_when_a_retry_can_cure_them(int status, bool transient) =>
        Assert.Equal(transient, FailureClassification.IsTransient(new Azure.RequestFailedException(status, "x")));

    [Fact]
    public void Damaged_or_unknown_documents_and_missing_files_are_never_retried()
    {
        Assert.False(FailureClassification.IsTransient(new FileNotFoundException("gone")));
        Assert.False(
            FailureClassification.IsTransient(new Azure.RequestFailedException(404, "x", "BlobNotFound", null)));
        Assert.True(FailureClassification.IsTransient(
            new Azure.RequestFailedException(404, "x", "ContainerNotFound", null)));
        Assert.False(FailureClassification.IsTransient(new CardProcessor.Extraction.UnreadablePdfException("bad")));
        Assert.False(FailureClassification.IsTransient(new InvalidOperationException("bug")));
        Assert.True(FailureClassification.IsTransient(new TimeoutException()));
        Assert.True(FailureClassification.IsTransient(new IOException("reset")));
    }

    [Fact]
    public async Task A_redelivered_message_for_an_extracted_document_is_acknowledged_and_changes_nothing()
    {
        await using var host = await ConsumerHost.StartAsync(fixture);
        var (session, documents) = await ProcessingSessions.QueueAsync(
            host,
            (ReceiptReport, SourceDocumentKind.ReceiptReport));
        var report = documents[0];
        var message = new ProcessDocument(report.Id, session.Id, report.BlobName);
        await host.DeliverAsync<ProcessDocumentConsumer, ProcessDocument>(message, m => m.DocumentId == report.Id);
        var receipts = await CountAsync(host, db => db.Receipts.Where(r => r.DocumentId == report.Id));

        await host.DeliverAsync<ProcessDocumentConsumer, ProcessDocument>(message, m => m.DocumentId == report.Id);

        var consumed = host.Harness.GetConsumerHarness<ProcessDocumentConsumer>().Consumed
            .Select<ProcessDocument>(m => m.Context.Message.DocumentId == report.Id).ToList();
        Assert.Equal(2, consumed.Count);
        Assert.All(consumed, m => Assert.Null(m.Exception));
        var stored = await host.DocumentAsync(report.Id);
        Assert.Equal((DocumentStatus.Extracted, 1), (stored.Status, stored.Attempts));
        Assert.Equal(receipts, await CountAsync(host, db => db.Receipts.Where(r => r.DocumentId == report.Id)));
        Assert.Single(await OutboxAsync(host, report.Id));
    }

    [Fact]
    public async Task A_file_whose_content_is_not_the_kind_it_was_uploaded_as_fails_with_that_reason_and_is_announced()
    {
        await using var host = await ConsumerHost.StartAsync(fixture);
        var (session, documents) = await ProcessingSessions.QueueAsync(
            host,
            (ReceiptReport, SourceDocumentKind.Statement));
        var document = documents[0];

        await host.DeliverAsync<ProcessDocumentConsumer, ProcessDocument>(
            new ProcessDocument(document.Id, session.Id, document.BlobName), m => m.DocumentId == document.Id);

        var stored = await host.DocumentAsync(document.Id);
        Assert.Equal(DocumentStatus.Failed, stored.Status);
        Assert.StartsWith(
            "The file was uploaded as a Statement but its content is a ReceiptReport",
            stored.Error,
            StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(host, db => db.Receipts.Where(r => r.DocumentId == document.Id)));
        var announced = Assert.Single(await OutboxAsync(host, document.Id));
        Assert.Equal(new DocumentProcessed(document.Id, session.Id, false, stored.Error), announced.Message);
        Assert.True(
            await host.WithDbAsync(
                db => db.AuditLog.AnyAsync(a => a.Action == "document.failed"
                    && a.EntityId == document.Id.ToString())));
    }

    [Fact]
    public async Task A_message_for_a_document_that_does_not_exist_is_acknowledged_rather_than_retried()
    {
        await using var host = await ConsumerHost.StartAsync(fixture);
        var unknown = Guid.NewGuid();

        await host.DeliverAsync<ProcessDocumentConsumer, ProcessDocument>(
            new ProcessDocument(unknown, Guid.NewGuid(), "nowhere.pdf"), m => m.DocumentId == unknown);

        var consumed = host.Harness.GetConsumerHarness<ProcessDocumentConsumer>().Consumed
            .Select<ProcessDocument>(m => m.Context.Message.DocumentId == unknown).Single();
        Assert.Null(consumed.Exception);
    }

    internal static Task<int> CountAsync<T>(ConsumerHost host, Func<Data.CardProcessorDbContext, IQueryable<T>> rows) =>
        host.WithDbAsync(db => rows(db).CountAsync());

    /// <summary>
    /// The <see cref="DocumentProcessed"/> messages the outbox holds about <paramref name="documentId"/>.
    /// </summary>
    internal static async Task<List<(DocumentProcessed Message, DateTimeOffset CreatedAt)>> OutboxAsync(
        ConsumerHost host,
        Guid documentId)
    {
        var rows = await host.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.MessageType == typeof(DocumentProcessed).FullName).ToListAsync());
        return rows
            .Select(
                r => (
                    Message: JsonSerializer.Deserialize<DocumentProcessed>(r.Body, JsonSerializerOptions.Web)!,
                    r.CreatedAt))
            .Where(r => r.Message.DocumentId == documentId)
            .ToList();
    }
}
