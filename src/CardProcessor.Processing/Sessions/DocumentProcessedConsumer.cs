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
        if (session is null || session.Status != SessionStatus.Processing)
        {
            return;
        }

        var statuses = await db.Documents.Where(d => d.SessionId == session.Id).Select(d => d.Status).ToListAsync(cancellationToken);
        if (statuses.Any(s => s is not (DocumentStatus.Extracted or DocumentStatus.Failed)))
        {
            return;
        }

        var actor = new AuditActor(SessionValidator.SystemActor, context.CorrelationId?.ToString());
        var summary = await validator.ValidateAsync(session.Id, actor, cancellationToken);
        var before = new { session.Status };
        session.Status = statuses.All(s => s == DocumentStatus.Failed) ? SessionStatus.Failed : SessionStatus.Review;
        session.ProcessingCompletedAt = time.GetUtcNow();
        session.UpdatedAt = session.ProcessingCompletedAt.Value;
        db.Audit(actor, "session.processed", "session", session.Id, before, new { session.Status, summary }, time);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogCompleted(logger, session.Id, session.Status, summary.Opened);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} processed: {Status}, {Opened} issues opened")]
    private static partial void LogCompleted(ILogger logger, Guid sessionId, SessionStatus status, int opened);
}
