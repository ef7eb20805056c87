using System.Diagnostics;
using CardProcessor.Contracts;
using CardProcessor.Data;
using CardProcessor.Data.Documents;
using CardProcessor.Extraction;
using CardProcessor.Extraction.Limits;
using CardProcessor.Processing.Auditing;
using CardProcessor.Processing.Observability;
using CardProcessor.Processing.Outbox;
using CardProcessor.Processing.Persistence;
using CardProcessor.Processing.Sessions;
using CardProcessor.Processing.Storage;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CardProcessor.Processing.Extraction;

/// <summary>
/// Downloads one document, extracts it and stores the result in one transaction. Redelivery is
/// harmless: a document already in a final state is skipped, and a rewrite replaces its rows.
/// </summary>
public sealed partial class ProcessDocumentConsumer(
    CardProcessorDbContext db,
    IDocumentStore store,
    DocumentReader reader,
    ExtractionWriter writer,
    DocumentProgress progress,
    ILogger<ProcessDocumentConsumer> logger) : IConsumer<ProcessDocument>
{
    public async Task Consume(ConsumeContext<ProcessDocument> context)
    {
        var message = context.Message;
        var cancellationToken = context.CancellationToken;
        var actor = new AuditActor(ExtractionWriter.WorkerActor, context.CorrelationId?.ToString());
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == message.DocumentId, cancellationToken);
        if (document is null)
        {
            // Nothing to do and nothing a retry would change: acknowledge rather than poison the queue.
            LogUnknownDocument(logger, message.DocumentId);
            return;
        }

        if (document.Status.IsFinal())
        {
            LogAlreadyProcessed(logger, document.Id, document.Status);
            return;
        }

        document.StartExtracting();
        await db.SaveChangesAsync(cancellationToken);

        var started = Stopwatch.GetTimestamp();
        var workFile = Path.Combine(Path.GetTempPath(), $"cardprocessor-{document.Id:N}-{Guid.NewGuid():N}.pdf");
        try
        {
            await DownloadAsync(document.BlobName, workFile, cancellationToken);
            DocumentReading reading;
            await using (var tracker = progress.Track(document.Id))
            {
                reading = await reader.ReadAsync(workFile, tracker, cancellationToken);
            }

            // The progress tracker wrote pages_done meanwhile, which moved the row's xmin.
            await db.Entry(document).ReloadAsync(cancellationToken);
            if (document.Status.IsFinal())
            {
                // Cancelled while it was being read: the cancellation stands and the result is dropped.
                LogAlreadyProcessed(logger, document.Id, document.Status);
                return;
            }

            var extracted = reading.Document;
            var content = StoredDocumentKind.From(extracted.Kind);
            if (content != document.Kind)
            {
                db.MarkFailed(document,
                    $"The file was uploaded as a {document.Kind} but its content is a {content} ({extracted.Layout}).",
                    actor);
                await db.SaveChangesAsync(cancellationToken);
                return;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            document.RecordReader(reading.Extractor, reading.PagesReadByDocumentIntelligence);
            await writer.WriteAsync(document, extracted, cancellationToken);
            db.Audit(actor, DocumentAudit.Extracted(document, extracted));
            db.AddOutboxMessage(
                new DocumentProcessed(document.Id, document.SessionId, true, null),
                actor.CorrelationId);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);

            ExtractionMetrics.DocumentsProcessed.WithLabels(document.Kind.ToString(), "extracted").Inc();
            ExtractionMetrics.TransactionsExtracted.Inc(extracted.Cardholders.Sum(c => c.Transactions.Count));
            foreach (var finding in extracted.Findings)
            {
                ExtractionMetrics.ReconciliationFindings.WithLabels(finding.Code).Inc();
            }

            LogExtracted(
                logger,
                document.Id,
                document.PageCount,
                reading.Extractor,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception exception) when (IsPermanent(exception) || FailureClassification.IsMissingDocument(exception))
        {
            // The document itself is the problem: retrying cannot help, so fail it with the reason and move on.
            db.ChangeTracker.Clear();
            document = await db.Documents.FirstAsync(d => d.Id == message.DocumentId, cancellationToken);
            db.MarkFailed(document, ReasonFor(exception), actor);
            await db.SaveChangesAsync(cancellationToken);
            LogFailed(logger, document.Id, exception.GetType().Name);
        }
        finally
        {
            ExtractionMetrics.ExtractionDuration.WithLabels(document.Kind.ToString())
                .Observe(Stopwatch.GetElapsedTime(started).TotalSeconds);
            File.Delete(workFile);
        }
    }

    private async Task DownloadAsync(string blobName, string path, CancellationToken cancellationToken)
    {
        await using var source = await store.OpenReadAsync(blobName, cancellationToken);
        await using var target = File.Create(path);
        await source.CopyToAsync(target, cancellationToken);
    }

    private static string ReasonFor(Exception exception) => FailureClassification.IsMissingDocument(exception)
        ? "The uploaded file is no longer in storage (it may have been deleted); upload it again."
        : exception.Message;

    private static bool IsPermanent(Exception exception) => exception
        is UnrecognizedDocumentException
        or DocumentHasNoTextException
        or DocumentNeedsOcrException
        or UnreadablePdfException
        or DocumentLimitExceededException
        or DocumentIntelligence.DocumentAnalysisFailedException;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document {DocumentId} does not exist; message acknowledged")]
    private static partial void LogUnknownDocument(ILogger logger, Guid documentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Document {DocumentId} is already {Status}; redelivery " +
        "ignored")]
    private static partial void LogAlreadyProcessed(ILogger logger, Guid documentId, DocumentStatus status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Document {DocumentId} extracted: {PageCount} pages by " +
        "{Extractor} in {ElapsedMs:F0} ms")]
    private static partial void LogExtracted(
        ILogger logger,
        Guid documentId,
        int pageCount,
        string extractor,
        double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document {DocumentId} failed permanently: {Reason}")]
    private static partial void LogFailed(ILogger logger, Guid documentId, string reason);
}
