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
    /// <summary>
    /// Re-runs matching and every rule now (with the thresholds configured now) and returns what changed.
    /// </summary>
    public static async Task<Results<Ok<ValidationSummary>, ProblemHttpResult>> HandleAsync(
        Guid id,
        CardProcessorDbContext db,
        SessionValidator validator,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return Problems.NotFound($"Session {id}");
        }

        session.Require(SessionAction.Validate);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var actor = CurrentUser.ActorOf(http);
        var summary = await validator.ValidateAsync(id, actor, cancellationToken);
        db.Audit(actor, SessionAudit.Validated(id, summary));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(summary);
    }
}
