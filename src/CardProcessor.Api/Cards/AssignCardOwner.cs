using CardProcessor.Api.Authentication;
using CardProcessor.Api.Concurrency;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using CardProcessor.Data.Sessions;
using CardProcessor.Processing.Auditing;
using CardProcessor.Processing.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Cards;

/// <param name="EmployeeId">The employee who answers for the card (a vehicle card's driver or fleet owner); null clears
/// it.</param>
public sealed record AssignOwnerRequest(Guid? EmployeeId);

internal static class AssignCardOwner
{
    /// <summary>
    /// Gives a card (typically a vehicle's) an owner. Sessions not yet approved follow at once: their
    /// rows for the card move to the owner and they are re-validated; approved sessions stay as they were.
    /// </summary>
    public static async Task<Results<Ok<CardResponse>, ProblemHttpResult>> HandleAsync(
        Guid id,
        AssignOwnerRequest request,
        CardProcessorDbContext db,
        SessionValidator validator,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var card = await db.Cards.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (card is null)
        {
            return Problems.NotFound($"Card {id}");
        }

        if (db.CheckIfMatch(http.Request, card) is { } precondition)
        {
            return precondition;
        }

        if (request.EmployeeId is { } employeeId
            && !await db.Employees.AnyAsync(e => e.Id == employeeId, cancellationToken))
        {
            return Problems.BadRequest($"Employee {employeeId} does not exist.");
        }

        var actor = CurrentUser.ActorOf(http);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var before = card.EmployeeId;
        card.EmployeeId = request.EmployeeId;
        db.Audit(actor, ReviewAudit.CardOwnerAssigned(card, before));
        await db.SaveChangesAsync(cancellationToken);

        // Approved sessions are frozen and keep the owner they were approved with.
        var open = await db.Sessions
            .Where(SessionPolicy.NotFrozen)
            .Where(s => db.StatementCards.Any(c => c.SessionId == s.Id && c.CardId == id))
            .Select(s => new { s.Id, s.Status })
            .ToListAsync(cancellationToken);
        var openIds = open.Select(s => s.Id).ToList();
        await db.StatementCards.Where(c => c.CardId == id && openIds.Contains(c.SessionId))
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.EmployeeId, request.EmployeeId), cancellationToken);
        await db.Transactions.Where(t => t.CardId == id && openIds.Contains(t.SessionId))
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.EmployeeId, request.EmployeeId), cancellationToken);
        foreach (var session in open.Where(s => s.Status.RevalidatesAfterReviewerChange()))
        {
            db.ChangeTracker.Clear();
            await validator.ValidateAsync(session.Id, actor, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        var response = await db.Cards.AsNoTracking().Where(c => c.Id == id).Select(CardQueries.Projection)
            .FirstAsync(cancellationToken);
        http.Response.Headers.ETag = response.ETag;
        return TypedResults.Ok(response);
    }
}
