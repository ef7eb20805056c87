using CardProcessor.Data;
using CardProcessor.Data.Sessions;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Issues;

internal static class SessionStatuses
{
    /// <summary>The status of the session an issue or a receipt belongs to, for <see cref="SessionPolicy"/>.</summary>
    public static Task<SessionStatus> StatusOfSessionAsync(
        this CardProcessorDbContext db, Guid sessionId, CancellationToken cancellationToken) =>
        db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Status).FirstAsync(cancellationToken);
}
