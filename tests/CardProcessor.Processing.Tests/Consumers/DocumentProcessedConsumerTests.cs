using CardProcessor.Contracts;
using CardProcessor.Data.Documents;
using CardProcessor.Data.Issues;
using CardProcessor.Data.Sessions;
using CardProcessor.Processing.Sessions;
using CardProcessor.Processing.Tests.Infrastructure;
using CardProcessor.Processing.Validation.Rules;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Processing.Tests.Consumers;

public sealed class DocumentProcessedConsumerTests(ConsumerFixture fixture) : IClassFixture<ConsumerFixture>
{
    private const string Statement = "car/car-2001-002.pdf";
    private const string ReceiptReport = "car/receipt-images-2001-002.pdf";

    [Fact]
    public async Task The_last_document_to_finish_has_the_session_validated_and_moved_to_review()
    {
        await using var host = await ConsumerHost.StartAsync(fixture);
        var (session, documents) = await QueueBothAsync(host);
        await host.ExtractAsync(documents[0].Id, ExtractedFixtures.Statement);
        await host.ExtractAsync(documents[1].Id, ExtractedFixtures.Receipts);

        await DeliverAsync(host, session.Id, documents[1].Id);

        var stored = await host.SessionAsync(session.Id);
        Assert.Equal((SessionStatus.Review, ConsumerHost.Now), (stored.Status, stored.ProcessingCompletedAt));
        var issues = await host.WithDbAsync(
            db => db.ValidationIssues.Where(i => i.SessionId == session.Id).ToListAsync());
        Assert.Equal(
            [RuleCodes.ChargeWithoutReceipt, RuleCodes.MissingCoding, RuleCodes.UnassignedCard],
            issues.Select(i => i.RuleCode).Order());
        var audit = await host.WithDbAsync(db => db.AuditLog.SingleAsync(
            a => a.Action == "session.processed" && a.EntityId == session.Id.ToString()));
        Assert.Equal(("system:validation", ConsumerHost.Now), (audit.Actor, audit.At));
        Assert.Equal(3, audit.After!.RootElement.GetProperty("summary").GetProperty("opened").GetInt32());
    }

    [Fact]
    public async Task A_session_with_a_document_still_being_extracted_stays_processing()
    {
        await using var host = await ConsumerHost.StartAsync(fixture);
        var (session, documents) = await QueueBothAsync(host);
        await host.ExtractAsync(documents[0].Id, ExtractedFixtures.Statement);
        await host.StartExtractingAsync(documents[1].Id);

        await DeliverAsync(host, session.Id, documents[0].Id);

        Assert.Equal(SessionStatus.Processing, (await host.SessionAsync(session.Id)).Status);
        Assert.False(await host.WithDbAsync(db => db.ValidationIssues.AnyAsync(i => i.SessionId == session.Id)));
    }

    [Fact]
    public async Task A_session_none_of_whose_documents_could_be_read_fails_with_an_issue_for_each()
    {
        await using var host = await ConsumerHost.StartAsync(fixture);
        var (session, documents) = await QueueBothAsync(host);
        await host.FailAsync(documents[0].Id, "The PDF is password-protected.");
        await host.FailAsync(documents[1].Id, "The PDF is damaged.");

        await DeliverAsync(host, session.Id, documents[1].Id);

        Assert.Equal(SessionStatus.Failed, (await host.SessionAsync(session.Id)).Status);
        var issues = await host.WithDbAsync(
            db => db.ValidationIssues.Where(i => i.SessionId == session.Id).ToListAsync());
        Assert.Equal(2, issues.Count(i => i.RuleCode == RuleCodes.DocumentFailed && i.Severity == IssueSeverity.Error));
    }

    [Fact]
    public async Task A_late_message_for_a_session_already_in_review_changes_nothing()
    {
        await using var host = await ConsumerHost.StartAsync(fixture);
        var (session, documents) = await QueueBothAsync(host);
        await host.ExtractAsync(documents[0].Id, ExtractedFixtures.Statement);
        await host.ExtractAsync(documents[1].Id, ExtractedFixtures.Receipts);
        await DeliverAsync(host, session.Id, documents[1].Id);
        var reviewed = await host.SessionAsync(session.Id);

        await DeliverAsync(host, session.Id, documents[0].Id);

        var stored = await host.SessionAsync(session.Id);
        Assert.Equal((SessionStatus.Review, reviewed.Version), (stored.Status, stored.Version));
        Assert.Equal(1, await host.WithDbAsync(db => db.AuditLog.CountAsync(
            a => a.Action == "session.processed" && a.EntityId == session.Id.ToString())));
    }

    private static Task<(
        ProcessingSession Session,
        IReadOnlyList<SourceDocument> Documents)> QueueBothAsync(ConsumerHost host) =>
        ProcessingSessions.QueueAsync(
            host,
            (Statement, SourceDocumentKind.Statement),
            (ReceiptReport, SourceDocumentKind.ReceiptReport));

    private static Task DeliverAsync(ConsumerHost host, Guid sessionId, Guid documentId) =>
        host.DeliverAsync<DocumentProcessedConsumer, DocumentProcessed>(
            new DocumentProcessed(documentId, sessionId, true, null), m => m.DocumentId == documentId);
}
