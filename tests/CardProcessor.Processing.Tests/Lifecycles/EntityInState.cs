using CardProcessor.Data.Documents;
using CardProcessor.Data.Issues;
using CardProcessor.Data.Receipts;
using CardProcessor.Data.Sessions;

namespace CardProcessor.Processing.Tests.Lifecycles;

/// <summary>A fresh entity in each state, reached along the application's own path through the lifecycle.</summary>
internal static class EntityInState
{
    public static readonly DateTimeOffset At = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    public static ProcessingSession Session(SessionStatus status)
    {
        var session = new ProcessingSession
        {
            Id = Guid.NewGuid(),
            Name = "September 2026",
            PeriodStart = new DateOnly(2026, 9, 1),
            PeriodEnd = new DateOnly(2026, 9, 30),
            CreatedBy = "tests",
        };
        return session.Reach(status, At, Document(DocumentStatus.Uploaded));
    }

    public static SourceDocument Document(DocumentStatus status) => new SourceDocument
    {
        Id = Guid.NewGuid(),
        Kind = SourceDocumentKind.Statement,
        FileName = "statement.pdf",
        Sha256 = new string('0', 64),
        BlobName = "statement.pdf",
        UploadedBy = "tests",
    }.Reach(status, At);

    public static ValidationIssue Issue(IssueStatus status)
    {
        var issue = new ValidationIssue
        {
            Id = Guid.NewGuid(),
            RuleCode = "charge-without-receipt",
            Fingerprint = "charge-without-receipt:transaction:1",
            Message = "A charge has no receipt.",
        };
        switch (status)
        {
            case IssueStatus.Resolved:
                issue.Resolve("Receipt found.", "reviewer", At);
                break;
            case IssueStatus.Waived:
                issue.Waive("Accepted by finance.", "reviewer", At);
                break;
            case IssueStatus.Reopened:
                issue.Resolve("Receipt found.", "reviewer", At);
                issue.Reopen(null, "reviewer", At);
                break;
        }

        return issue;
    }

    public static Receipt Receipt(MatchStatus status)
    {
        var receipt = new Receipt { Id = Guid.NewGuid(), EmployeeName = "Jane Doe", Amount = 20m };
        switch (status)
        {
            case MatchStatus.Suggested:
                receipt.ProposeMatch(Guid.NewGuid(), Guid.NewGuid(), 0.5m, "merchant 60% similar", automatic: false);
                break;
            case MatchStatus.Matched:
                receipt.ProposeMatch(Guid.NewGuid(), Guid.NewGuid(), 0.9m, "amount exact", automatic: true);
                break;
            case MatchStatus.Confirmed:
                receipt.ConfirmMatch(Guid.NewGuid(), Guid.NewGuid(), "reviewer");
                break;
            case MatchStatus.Dismissed:
                receipt.Dismiss("reviewer");
                break;
        }

        return receipt;
    }
}
