using CardProcessor.Api.Authentication;
using CardProcessor.Api.Concurrency;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Api.Issues;
using CardProcessor.Data;
using CardProcessor.Data.Sessions;
using CardProcessor.Processing.Auditing;
using CardProcessor.Processing.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Receipts;

/// <param name="TransactionId">The charge the receipt pays, or null: the receipt pays no charge on this
/// statement.</param>
public sealed record UpdateMatchRequest(Guid? TransactionId);

internal static class UpdateReceiptMatch
{
    /// <summary>
    /// A reviewer confirms, changes or undoes a match. The decision is final for the matcher (it never
    /// re-matches a confirmed or dismissed receipt), and the session is re-validated at once, so the
    /// issues that depend on the match follow it.
    /// </summary>
    public static async Task<Results<Ok<MatchListItem>, ProblemHttpResult>> HandleAsync(
        Guid id,
        UpdateMatchRequest request,
        CardProcessorDbContext db,
        SessionValidator validator,
        HttpContext http,
        CancellationToken cancellationToken)
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

        var status = await db.StatusOfSessionAsync(receipt.SessionId, cancellationToken);
        SessionPolicy.Require(status, SessionAction.EditMatches);
        var before = ReviewAudit.Match(receipt);
        var actor = CurrentUser.ActorOf(http);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (request.TransactionId is { } transactionId)
        {
            var charge = await db.Transactions
                .FirstOrDefaultAsync(t => t.Id == transactionId && t.SessionId == receipt.SessionId, cancellationToken);
            if (charge is null)
            {
                return Problems.BadRequest($"Transaction {transactionId} is not in this receipt's session.");
            }

            var holder = await db.Receipts
                .FirstOrDefaultAsync(r => r.MatchedTransactionId == transactionId && r.Id != id, cancellationToken);
            if (holder is not null)
            {
                // An automatic or suggested match gives way to the reviewer's decision; a confirmed one refuses.
                holder.GiveWay();
                await db.SaveChangesAsync(cancellationToken);
            }

            receipt.ConfirmMatch(transactionId, charge.CardId, actor.Name);
        }
        else
        {
            receipt.Dismiss(actor.Name);
        }

        db.Audit(actor, ReviewAudit.MatchChanged(receipt, before));
        await db.SaveChangesAsync(cancellationToken);
        if (status.RevalidatesAfterReviewerChange())
        {
            await validator.ValidateAsync(receipt.SessionId, actor, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        var response = await db.Receipts.AsNoTracking().Where(r => r.Id == id)
            .Select(MatchListItem.Projection)
            .FirstAsync(cancellationToken);
        http.Response.Headers.ETag = response.ETag;
        return TypedResults.Ok(response);
    }
}
