using CardProcessor.Api.Authentication;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using CardProcessor.Data.Sessions;
using CardProcessor.Processing.Auditing;
using CardProcessor.Processing.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Issues;

internal static class ValidateSession
{
    /// <summary>Re-runs matching and every rule now (with the thresholds configured now) and returns what changed.</summary>
    public static async Task<Results<Ok<ValidationSummary>, ProblemHttpResult>> HandleAsync(
        Guid id, CardProcessorDbContext db, SessionValidator validator, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return Problems.NotFound($"Session {id}");
        }

        if (session.Status is not (SessionStatus.Review or SessionStatus.Failed))
        {
            return Problems.Conflict($"Only a session in Review can be validated; this one is {session.Status}.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var actor = CurrentUser.ActorOf(http);
        var summary = await validator.ValidateAsync(id, actor, cancellationToken);
        db.Audit(actor, "session.validated", "session", id, null, summary, time);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(summary);
    }
}
