using CardProcessor.Data.Issues;
using CardProcessor.Processing.Tests.Infrastructure;
using CardProcessor.Processing.Validation;
using CardProcessor.Processing.Validation.Rules;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Processing.Tests.Validation;

/// <summary>
/// Re-validation of the September 2026 fixture pair, whose first run finds three issues: Priya Okafor's
/// HOME DEPOT charge without a receipt, David Morales's uncoded receipt and the vehicle card without an owner.
/// </summary>
public sealed class SessionValidatorTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string Reviewer = "reviewer@example.com";

    [Fact]
    public async Task Validating_again_without_changes_keeps_the_open_issues_and_adds_none()
    {
        var sessionId = await ExtractedSessionAsync();

        var first = await fixture.ValidateAsync(sessionId);
        var second = await fixture.ValidateAsync(sessionId);

        Assert.Equal((3, 0), (first.Opened, first.StillOpen));
        Assert.Equal((0, 3, 0, 0), (second.Opened, second.StillOpen, second.Closed, second.Reopened));
        Assert.Equal(9, second.ReceiptsMatched);
        var issues = await IssuesAsync(sessionId);
        Assert.Equal(
            [RuleCodes.ChargeWithoutReceipt, RuleCodes.MissingCoding, RuleCodes.UnassignedCard],
            issues.Select(i => i.RuleCode).Order());
        Assert.All(issues, i => Assert.Equal(IssueStatus.Open, i.Status));
    }

    [Fact]
    public async Task A_reviewers_resolved_or_waived_decision_is_kept_while_the_issue_still_applies()
    {
        var sessionId = await ExtractedSessionAsync();
        await fixture.ValidateAsync(sessionId);
        await DecideAsync(
            sessionId,
            RuleCodes.ChargeWithoutReceipt,
            IssueStatus.Resolved,
            "Receipt emailed to accounts payable.");
        await DecideAsync(sessionId, RuleCodes.UnassignedCard, IssueStatus.Waived, "Fleet card, owned by the yard.");

        var summary = await fixture.ValidateAsync(sessionId);

        Assert.Equal((0, 1, 0, 0), (summary.Opened, summary.StillOpen, summary.Closed, summary.Reopened));
        var issues = await IssuesAsync(sessionId);
        Assert.Equal(
            (IssueStatus.Resolved, Reviewer, "Receipt emailed to accounts payable."),
            Decision(issues, RuleCodes.ChargeWithoutReceipt));
        Assert.Equal(
            (IssueStatus.Waived, Reviewer, "Fleet card, owned by the yard."),
            Decision(issues, RuleCodes.UnassignedCard));
    }

    [Fact]
    public async Task An_open_issue_that_no_longer_applies_is_closed_with_a_note_and_reopened_when_it_applies_again()
    {
        var sessionId = await ExtractedSessionAsync();
        await fixture.ValidateAsync(sessionId);

        await SetDavidsCodingAsync(sessionId, "GL");
        var closing = await fixture.ValidateAsync(sessionId);

        Assert.Equal((0, 2, 1, 0), (closing.Opened, closing.StillOpen, closing.Closed, closing.Reopened));
        var closed = (await IssuesAsync(sessionId)).Single(i => i.RuleCode == RuleCodes.MissingCoding);
        Assert.Equal((IssueStatus.Resolved, SessionValidator.SystemActor), (closed.Status, closed.ResolvedBy));
        Assert.StartsWith("No longer applies", closed.ResolutionNote, StringComparison.Ordinal);
        var autoClosed = Assert.Single(await EventsAsync(closed.Id), e => e.Action == "auto-closed");
        Assert.Equal(
            (IssueStatus.Open, IssueStatus.Resolved, closed.ResolutionNote),
            (autoClosed.FromStatus, autoClosed.ToStatus, autoClosed.Note));
        await using (var db = fixture.Database.CreateContext())
        {
            Assert.True(
                await db.AuditLog.AnyAsync(a => a.Action == "issue.auto-closed" && a.EntityId == closed.Id.ToString()));
        }

        await SetDavidsCodingAsync(sessionId, null);
        var reopening = await fixture.ValidateAsync(sessionId);

        Assert.Equal((0, 2, 0, 1), (reopening.Opened, reopening.StillOpen, reopening.Closed, reopening.Reopened));
        var reopened = (await IssuesAsync(sessionId)).Single(i => i.RuleCode == RuleCodes.MissingCoding);
        Assert.Equal((closed.Id, IssueStatus.Reopened), (reopened.Id, reopened.Status));
        var reopenedEvent = Assert.Single(await EventsAsync(closed.Id), e => e.Action == "reopened");
        Assert.Equal((IssueStatus.Resolved, IssueStatus.Reopened), (reopenedEvent.FromStatus, reopenedEvent.ToStatus));
    }

    [Fact]
    public async Task An_issue_about_a_receipt_names_the_charge_it_pays_by_id_and_by_reference()
    {
        var sessionId = await ExtractedSessionAsync();

        await fixture.ValidateAsync(sessionId);

        var coding = (await IssuesAsync(sessionId)).Single(i => i.RuleCode == RuleCodes.MissingCoding);
        await using var db = fixture.Database.CreateContext();
        var receipt = await db.Receipts.SingleAsync(r => r.Id == coding.ReceiptId);
        var charge = await db.Transactions.SingleAsync(t => t.Id == receipt.MatchedTransactionId);
        Assert.Equal((charge.Id, charge.Reference), (coding.TransactionId, coding.TransactionReference));
        Assert.NotNull(charge.Reference);
    }

    private async Task<Guid> ExtractedSessionAsync()
    {
        var (sessionId, statementId, receiptReportId) = await fixture.CreateSessionAsync();
        await fixture.WriteAsync(statementId, ExtractedFixtures.Statement);
        await fixture.WriteAsync(receiptReportId, ExtractedFixtures.Receipts);
        return sessionId;
    }

    /// <summary>What the issues API stores when a reviewer resolves or waives an issue.</summary>
    private async Task DecideAsync(Guid sessionId, string ruleCode, IssueStatus status, string note)
    {
        await using var db = fixture.Database.CreateContext();
        var issue = await db.ValidationIssues.SingleAsync(i => i.SessionId == sessionId && i.RuleCode == ruleCode);
        issue.MoveTo(status, note, Reviewer, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }

    private async Task SetDavidsCodingAsync(Guid sessionId, string? codingType)
    {
        await using var db = fixture.Database.CreateContext();
        var receipt = await db.Receipts.SingleAsync(r => r.SessionId == sessionId
            && r.EmployeeName == "David Morales"
            && r.Amount == 278.53m);
        receipt.CodingType = codingType;
        await db.SaveChangesAsync();
    }

    private async Task<List<ValidationIssue>> IssuesAsync(Guid sessionId)
    {
        await using var db = fixture.Database.CreateContext();
        return await db.ValidationIssues.AsNoTracking().Where(i => i.SessionId == sessionId).ToListAsync();
    }

    private async Task<List<ValidationIssueEvent>> EventsAsync(Guid issueId)
    {
        await using var db = fixture.Database.CreateContext();
        return await db.ValidationIssueEvents.AsNoTracking().Where(e => e.IssueId == issueId).ToListAsync();
    }

    private static (IssueStatus, string?, string?) Decision(List<ValidationIssue> issues, string ruleCode)
    {
        var issue = issues.Single(i => i.RuleCode == ruleCode);
        return (issue.Status, issue.ResolvedBy, issue.ResolutionNote);
    }
}
