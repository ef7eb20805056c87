using CardProcessor.Data;
using CardProcessor.Processing.Auditing;
using CardProcessor.Processing.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CardProcessor.Processing.Retention;

/// <summary>
/// Deletes the sessions whose billing period ended longer ago than <see cref="RetentionOptions.KeepFor"/>,
/// with everything they hold and their uploaded PDFs, each with an audit row (the audit log itself is
/// kept). A session with a child stays until the child is gone, so one still kept keeps its parent. Replicas
/// take turns through a PostgreSQL advisory lock, so a sweep runs once however many there are.
/// </summary>
public sealed partial class RetentionSweep(
    CardProcessorDbContext db,
    IDocumentStore store,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<RetentionSweep> logger)
{
    public const string Actor = "system:retention";

    // An arbitrary key, the same in every replica: "CPRETAIN".
    private const long LockKey = 0x4350_5245_5441_494E;

    /// <summary>Deletes one batch of expired sessions; returns how many (0 when none, or another replica holds the
    /// lock).</summary>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        var cutoff = DateOnly.FromDateTime((time.GetUtcNow() - options.Value.KeepFor).UtcDateTime);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var locked = await db.Database
            .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({LockKey}) AS \"Value\"")
            .SingleAsync(cancellationToken);
        if (!locked)
        {
            return 0;
        }

        var expired = await db.Sessions.Include(s => s.Documents)
            .Where(s => s.PeriodEnd < cutoff)
            // Children go first (the foreign key requires it): a parent is taken once it has none left.
            .Where(s => !db.Sessions.Any(child => child.ParentSessionId == s.Id))
            .OrderBy(s => s.PeriodEnd)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
        var actor = new AuditActor(Actor, null);
        var blobs = new List<string>();
        foreach (var session in expired)
        {
            blobs.AddRange(session.Documents.Select(d => d.BlobName));
            db.Audit(actor, SessionAudit.Expired(session, options.Value.KeepFor));
            db.Sessions.Remove(session);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // After the commit: a blob without its row is harmless; a row without its blob would not be.
        foreach (var blob in blobs)
        {
            await store.DeleteIfExistsAsync(blob, cancellationToken);
        }

        if (expired.Count > 0)
        {
            LogDeleted(logger, expired.Count, cutoff);
        }

        return expired.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention deleted {Count} session(s) whose period " +
        "ended before {Cutoff}")]
    private static partial void LogDeleted(ILogger logger, int count, DateOnly cutoff);
}
