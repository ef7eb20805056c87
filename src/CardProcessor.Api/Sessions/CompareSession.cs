using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using CardProcessor.Data.Issues;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Sessions;

internal static class CompareSession
{
    /// <summary>
    /// Transactions are the same when they have the same card and Transaction # (or, without a
    /// reference, the same card, date and merchant); issues when they have the same rule and subject.
    /// Ids differ between sessions, so nothing is compared by id.
    /// </summary>
    public static async Task<Results<Ok<SessionComparison>, ProblemHttpResult>> HandleAsync(
        Guid id,
        CardProcessorDbContext db,
        CancellationToken cancellationToken)
    {
        var parentId = await db.Sessions.Where(s => s.Id == id)
            .Select(s => new { s.ParentSessionId })
            .FirstOrDefaultAsync(cancellationToken);
        if (parentId is null)
        {
            return Problems.NotFound($"Session {id}");
        }

        if (parentId.ParentSessionId is not { } parent)
        {
            return Problems.Conflict("The session has no parent to compare with.");
        }

        var before = await TransactionsOfAsync(db, parent, cancellationToken);
        var after = await TransactionsOfAsync(db, id, cancellationToken);
        var changed = after.Keys.Intersect(before.Keys)
            .Select(key => (Before: before[key], After: after[key]))
            .Select(pair => new ChangedTransaction(pair.Before, pair.After, ChangedFields(pair.Before, pair.After)))
            .Where(c => c.Fields.Count > 0)
            .ToList();

        var issuesBefore = await OpenIssuesOfAsync(db, parent, cancellationToken);
        var issuesAfter = await OpenIssuesOfAsync(db, id, cancellationToken);
        return TypedResults.Ok(new SessionComparison(
            id,
            parent,
            after.Where(t => !before.ContainsKey(t.Key)).Select(t => t.Value).ToList(),
            before.Where(t => !after.ContainsKey(t.Key)).Select(t => t.Value).ToList(),
            changed,
            issuesAfter.Where(i => !issuesBefore.ContainsKey(i.Key)).Select(i => i.Value).ToList(),
            issuesBefore.Where(i => !issuesAfter.ContainsKey(i.Key)).Select(i => i.Value).ToList()));
    }

    private static async Task<Dictionary<string, ComparedTransaction>> TransactionsOfAsync(
        CardProcessorDbContext db,
        Guid sessionId,
        CancellationToken cancellationToken)
    {
        var rows = await db.Transactions.AsNoTracking()
            .Where(t => t.SessionId == sessionId)
            .OrderBy(t => t.Sequence)
            .Select(
                t => new ComparedTransaction(
                    t.Id,
                    t.Card!.Last4,
                    t.Reference,
                    t.TransactionDate,
                    t.PostingDate,
                    t.Merchant,
                    t.Amount))
            .ToListAsync(cancellationToken);
        var keyed = new Dictionary<string, ComparedTransaction>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var key = row.Reference is not null
                ? $"{row.CardLast4}|{row.Reference}"
                : $"{row.CardLast4}|{row.TransactionDate:yyyy-MM-dd}|{row.Merchant}";
            // A repeated key (a duplicate charge) keeps its own place by occurrence.
            var occurrence = 1;
            var unique = key;
            while (!keyed.TryAdd(unique, row))
            {
                unique = $"{key}#{++occurrence}";
            }
        }

        return keyed;
    }

    private static List<string> ChangedFields(ComparedTransaction before, ComparedTransaction after)
    {
        var fields = new List<string>();
        if (before.Amount != after.Amount)
        {
            fields.Add("amount");
        }

        if (before.TransactionDate != after.TransactionDate)
        {
            fields.Add("transactionDate");
        }

        if (before.PostingDate != after.PostingDate)
        {
            fields.Add("postingDate");
        }

        if (!string.Equals(before.Merchant, after.Merchant, StringComparison.Ordinal))
        {
            fields.Add("merchant");
        }

        return fields;
    }

    private static async Task<Dictionary<string, ComparedIssue>> OpenIssuesOfAsync(
        CardProcessorDbContext db,
        Guid sessionId,
        CancellationToken cancellationToken)
    {
        var issues = await db.ValidationIssues.AsNoTracking()
            .Where(IssueStatusExtensions.OpenIssue)
            .Where(i => i.SessionId == sessionId)
            .Select(i => new
            {
                i.Id,
                i.RuleCode,
                i.Message,
                i.TransactionReference,
                CardLast4 = db.Cards.Where(c => c.Id == i.CardId).Select(c => c.Last4).FirstOrDefault(),
                Receipt = db.Receipts.Where(r => r.Id == i.ReceiptId)
                    .Select(r => r.EmployeeName + "|" + r.Date + "|" + r.Amount)
                    .FirstOrDefault(),
                DocumentKind = db.Documents.Where(d => d.Id == i.DocumentId)
                    .Select(d => d.Kind.ToString())
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var keyed = new Dictionary<string, ComparedIssue>(StringComparer.Ordinal);
        foreach (var issue in issues)
        {
            var subject = issue.Receipt ?? string.Join(
                '|',
                new[] { issue.CardLast4, issue.TransactionReference, issue.DocumentKind }.Where(s => s is not null));
            keyed.TryAdd(
                $"{issue.RuleCode}:{subject}",
                new ComparedIssue(issue.Id, issue.RuleCode, subject, issue.Message));
        }

        return keyed;
    }
}
