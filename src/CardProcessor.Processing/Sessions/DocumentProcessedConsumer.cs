using CardProcessor.Contracts;
using CardProcessor.Data;
using CardProcessor.Data.Documents;
using CardProcessor.Data.Sessions;
using CardProcessor.Processing.Auditing;
using CardProcessor.Processing.Validation;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CardProcessor.Processing.Sessions;

/// <summary>
/// When the last document of a session reaches a final state, validates the session and moves it
/// to Review (or to Failed when nothing could be read). The session row is locked for the check, so
/// two documents finishing at once cannot both, or neither, complete it.
/// </summary>
public sealed partial class DocumentProcessedConsumer(
    CardProcessorDbContext db,
    SessionValidator validator,
    TimeProvider time,
    ILogger<DocumentProcessedConsumer> logger) : IConsumer<DocumentProcessed>
{
    public async Task Consume(ConsumeContext<DocumentProcessed> context)
    {
        var cancellationToken = context.CancellationToken;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var session = await db.Sessions
            .FromSql($"SELECT *, xmin FROM processing_sessions WHERE id = {context.Message.SessionId} FOR UPDATE")
            .FirstOrDefaultAsync(cancellationToken);
        // Another document completed the session first, or it was never started: nothing to do.
        if (session is null || !session.Allows(SessionAction.CompleteProcessing))
        {
            return;
        }

        var statuses = await db.Documents.Where(d => d.SessionId == session.Id).Select(d => d.Status)
            .ToListAsync(cancellationToken);
        if (!statuses.All(s => s.IsFinal()))
        {
            return;
        }

        var actor = new AuditActor(SessionValidator.SystemActor, context.CorrelationId?.ToString());
        var summary = await validator.ValidateAsync(session.Id, actor, cancellationToken);
        var before = session.Status;
        session.CompleteProcessing(statuses.Any(s => s == DocumentStatus.Extracted), time.GetUtcNow());
        db.Audit(actor, SessionAudit.Processed(session, before, summary));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogCompleted(logger, session.Id, session.Status, summary.Opened);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} processed: {Status}, {Opened} issues " +
        "opened")]
    private static partial void LogCompleted(ILogger logger, Guid sessionId, SessionStatus status, int opened);
}
