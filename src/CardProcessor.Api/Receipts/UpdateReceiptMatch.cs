using CardProcessor.Api.Authentication;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Api.Hosting;
using CardProcessor.Data;
using CardProcessor.Data.Receipts;
using CardProcessor.Data.Sessions;
using CardProcessor.Processing.Auditing;
using CardProcessor.Processing.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Receipts;

/// <param name="TransactionId">The charge the receipt pays, or null: the receipt pays no charge on this statement.</param>
public sealed record UpdateMatchRequest(Guid? TransactionId);

internal static class UpdateReceiptMatch
{
    /// <summary>
    /// A reviewer confirms, changes or undoes a match. The decision is final for the matcher (it never
    /// re-matches a confirmed or dismissed receipt), and the session is re-validated at once, so the
    /// issues that depend on the match follow it.
    /// </summary>
    public static async Task<Results<Ok<MatchListItem>, ProblemHttpResult>> HandleAsync(
        Guid id, UpdateMatchRequest request, CardProcessorDbContext db, SessionValidator validator, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        var receipt = await db.Receipts.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (receipt is null)
        {
            return Problems.NotFound($"Receipt {id}");
        }

        if (db.CheckIfMatch(http.Request, receipt) is { } precondition)
        {
            return precondition;
        }

        var session = await db.Sessions.FirstAsync(s => s.Id == receipt.SessionId, cancellationToken);
        if (session.Status != SessionStatus.Review)
        {
            return Problems.Conflict($"Matches change while a session is in Review; this one is {session.Status}.");
        }

        var before = new { receipt.MatchStatus, receipt.MatchedTransactionId };
        var actor = CurrentUser.ActorOf(http);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (request.TransactionId is { } transactionId)
        {
            var charge = await db.Transactions.FirstOrDefaultAsync(t => t.Id == transactionId && t.SessionId == receipt.SessionId, cancellationToken);
            if (charge is null)
            {
                return Problems.BadRequest($"Transaction {transactionId} is not in this receipt's session.");
            }

            var holder = await db.Receipts.FirstOrDefaultAsync(r => r.MatchedTransactionId == transactionId && r.Id != id, cancellationToken);
            if (holder is { MatchStatus: MatchStatus.Confirmed })
            {
                return Problems.Conflict($"Transaction {charge.Reference} is already confirmed as paid by another receipt ({holder.Id}); undo that match first.");
            }

            if (holder is not null)
            {
                // An automatic or suggested match gives way to the reviewer's decision.
                holder.MatchedTransactionId = null;
                holder.MatchStatus = MatchStatus.Unmatched;
                holder.MatchScore = null;
                holder.MatchReason = null;
                await db.SaveChangesAsync(cancellationToken);
            }

            receipt.MatchedTransactionId = transactionId;
            receipt.MatchStatus = MatchStatus.Confirmed;
            receipt.CardId = charge.CardId;
            receipt.MatchReason = $"confirmed by {actor.Name}";
        }
        else
        {
            receipt.MatchedTransactionId = null;
            receipt.MatchStatus = MatchStatus.Dismissed;
            receipt.MatchReason = $"no charge, by {actor.Name}";
        }

        receipt.MatchScore = null;
        db.Audit(actor, "receipt.match-changed", "receipt", receipt.Id, before, new { receipt.MatchStatus, receipt.MatchedTransactionId }, time);
        await db.SaveChangesAsync(cancellationToken);
        await validator.ValidateAsync(receipt.SessionId, actor, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var response = await db.Receipts.AsNoTracking().Where(r => r.Id == id)
            .Select(MatchListItem.Projection)
            .FirstAsync(cancellationToken);
        http.Response.Headers.ETag = response.ETag;
        return TypedResults.Ok(response);
    }
}
