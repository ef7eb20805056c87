using CardProcessor.Data;
using CardProcessor.Data.Issues;
using CardProcessor.Data.Receipts;
using CardProcessor.Processing.Auditing;
using CardProcessor.Processing.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CardProcessor.Processing.Validation;

/// <summary>
/// Matches receipts to charges, runs every rule and reconciles the findings with the issues already
/// tracked: decisions on issues that still apply are kept, issues that no longer apply are closed with
/// the reason, new findings open new issues. The caller saves.
/// </summary>
public sealed class SessionValidator(
    CardProcessorDbContext db,
    IEnumerable<IValidationRule> rules,
    IOptionsMonitor<ValidationOptions> options,
    TimeProvider time)
{
    public const string SystemActor = "system:validation";

    public async Task<ValidationSummary> ValidateAsync(
        Guid sessionId,
        AuditActor actor,
        CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var data = await SessionDataLoader.LoadAsync(db, sessionId, cancellationToken);
        await ReceiptOwners.RelinkAliasedAsync(db, data.Receipts, cancellationToken);

        ReceiptMatcher.Match(data.Receipts, data.Transactions, settings.Matching);
        AssignCardsByEmployee(data);

        // A receipt rule names the charge its receipt pays by id only; the reference is what a reviewer (and
        // the issue page's lookup of the charge) reads, so every issue about a charge carries both.
        var references = data.Transactions.ToDictionary(t => t.Id, t => t.Reference);
        var candidates = rules
            .SelectMany(rule => rule.Evaluate(data, settings))
            .GroupBy(c => c.Fingerprint)
            .Select(g => g.First())
            .Select(c => c is { TransactionId: { } id, TransactionReference: null }
                ? c with { TransactionReference = references.GetValueOrDefault(id) }
                : c)
            .ToList();

        var existing = await db.ValidationIssues.Where(i => i.SessionId == sessionId)
            .ToDictionaryAsync(i => i.Fingerprint, cancellationToken);
        var now = time.GetUtcNow();
        int opened = 0, stillOpen = 0, reopened = 0, closed = 0;
        foreach (var candidate in candidates)
        {
            if (existing.Remove(candidate.Fingerprint, out var issue))
            {
                issue.Restate(candidate.Message, candidate.Severity, now);
                Link(issue, candidate);
                if (issue.Status == IssueStatus.Resolved && issue.ResolvedBy == SystemActor)
                {
                    // Closed by an earlier run because it no longer applied; it applies again.
                    issue.Reopen("Applies again after re-validation.", SystemActor, now);
                    db.RecordHistory(issue, actor);
                    reopened++;
                }
                else if (issue.Status.IsOpen())
                {
                    stillOpen++;
                }

                continue;
            }

            issue = Open(sessionId, candidate, now);
            db.ValidationIssues.Add(issue);
            db.Audit(actor, IssueAudit.Opened(issue));
            opened++;
        }

        foreach (var stale in existing.Values.Where(i => i.Status.IsOpen()))
        {
            stale.AutoClose("No longer applies: re-validation did not find it again.", SystemActor, now);
            db.RecordHistory(stale, actor);
            closed++;
        }

        return new ValidationSummary(
            opened,
            stillOpen,
            closed,
            reopened,
            data.Receipts.Count(r => r.MatchStatus.IsMatched()),
            data.Receipts.Count(r => r.MatchStatus == MatchStatus.Suggested));
    }

    private static void AssignCardsByEmployee(SessionData data)
    {
        // An unmatched receipt still belongs to its employee's card when the employee has exactly one.
        var cardsByEmployee = data.StatementCards.Where(c => c.EmployeeId is not null)
            .GroupBy(c => c.EmployeeId!.Value)
            .Where(g => g.Select(c => c.CardId).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().CardId);
        foreach (var receipt in data.Receipts.Where(r => r.MatchedTransactionId is null))
        {
            receipt.CardId = receipt.EmployeeId is { } employeeId
                ? cardsByEmployee.GetValueOrDefault(employeeId)
                : null;
            if (receipt.CardId == Guid.Empty)
            {
                receipt.CardId = null;
            }
        }
    }

    private static ValidationIssue Open(Guid sessionId, IssueCandidate candidate, DateTimeOffset now)
    {
        var issue = new ValidationIssue
        {
            Id = Guid.CreateVersion7(),
            SessionId = sessionId,
            RuleCode = candidate.RuleCode,
            Severity = candidate.Severity,
            Fingerprint = candidate.Fingerprint,
            Message = candidate.Message,
            CreatedAt = now,
            UpdatedAt = now,
        };
        Link(issue, candidate);
        issue.RecordOpening(SystemActor, now);
        return issue;
    }

    private static void Link(ValidationIssue issue, IssueCandidate candidate)
    {
        issue.TransactionId = candidate.TransactionId;
        issue.TransactionReference = candidate.TransactionReference;
        issue.ReceiptId = candidate.ReceiptId;
        issue.CardId = candidate.CardId;
        issue.EmployeeId = candidate.EmployeeId;
        issue.DocumentId = candidate.DocumentId;
    }
}
