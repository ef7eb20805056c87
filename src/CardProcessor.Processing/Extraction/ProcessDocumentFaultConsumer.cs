using CardProcessor.Contracts;
using CardProcessor.Data;
using CardProcessor.Data.Documents;
using CardProcessor.Processing.Auditing;
using CardProcessor.Processing.Persistence;
using CardProcessor.Processing.Sessions;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Processing.Extraction;

/// <summary>
/// A document whose processing kept failing after every retry (its message went to the error queue)
/// still has to end somewhere a person can see it: it is marked Failed with the last error.
/// </summary>
public sealed class ProcessDocumentFaultConsumer(CardProcessorDbContext db) : IConsumer<Fault<ProcessDocument>>
{
    public async Task Consume(ConsumeContext<Fault<ProcessDocument>> context)
    {
        var documentId = context.Message.Message.DocumentId;
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == documentId, context.CancellationToken);
        if (document is null || document.Status.IsFinal())
        {
            return;
        }

        var error = context.Message.Exceptions.FirstOrDefault();
        var reason = error is null
            ? "Processing failed after all retries."
            : $"Processing failed after all retries: {error.ExceptionType}: {error.Message}";
        db.MarkFailed(
            document,
            reason,
            new AuditActor(ExtractionWriter.WorkerActor, context.CorrelationId?.ToString()));
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
