using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using CardProcessor.Data.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Hosting;

internal static class SessionGuards
{
    /// <summary>An approved session is frozen: its issues, matches and rows change only through a child session.</summary>
    public static async Task<ProblemHttpResult?> RefuseIfFrozenAsync(this CardProcessorDbContext db, Guid sessionId, CancellationToken cancellationToken) =>
        await db.IsFrozenAsync(sessionId, cancellationToken)
            ? Problems.Conflict("The session is approved and frozen; create a child session to correct it.")
            : null;

    public static Task<bool> IsFrozenAsync(this CardProcessorDbContext db, Guid sessionId, CancellationToken cancellationToken) =>
        db.Sessions.AnyAsync(s => s.Id == sessionId && s.Status == SessionStatus.Approved, cancellationToken);
}
