using CardProcessor.Api.Tests.Infrastructure;
using CardProcessor.Data;
using CardProcessor.Data.Cards;
using CardProcessor.Data.Documents;
using CardProcessor.Data.Employees;
using CardProcessor.Data.Issues;
using CardProcessor.Data.Receipts;
using CardProcessor.Data.Sessions;
using CardProcessor.Data.Transactions;

namespace CardProcessor.Api.Tests.Reports;

/// <summary>
/// A session whose text tries formula injection in every free-text field, with a credit (a negative
/// amount) that must stay a number, over a billing cycle that straddles two months (12/18 - 01/16):
/// its statement month is January 2024.
/// </summary>
internal static class HostileSession
{
    public const string Last4 = "4321";
    public const string HolderName = "DANASMITH";
    public const string DisplayName = "Dana Q. Smith";
    public const string FormulaMerchant = "=HYPERLINK(\"http://evil.example\",\"x\")";
    public const string PlusMerchant = "+SUM(A1:A9)";
    public const string AtMerchant = "@cmd";
    public const string TabMerchant = "\tTAB MERCHANT";
    public const string MinusPurpose = "-2+3";
    public const string AtPurpose = "@SUM(1)";
    public const string FormulaReceiptMerchant = "=1+1";
    public const string IssueMessage = "=CMD|' /C calc'!A0";
    public const decimal Credit = -6.44m;

    public static async Task<Guid> SeedAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var now = DateTimeOffset.UtcNow;
        var session = new ProcessingSession
        {
            Id = Guid.CreateVersion7(),
            Name = "Hostile text",
            PeriodStart = new DateOnly(2023, 12, 18),
            PeriodEnd = new DateOnly(2024, 1, 16),
            CreatedBy = "tests",
            CreatedAt = now,
            UpdatedAt = now,
        };
        var statement = Document(session, SourceDocumentKind.Statement, now);
        var receipts = Document(session, SourceDocumentKind.ReceiptReport, now);
        session.Reach(SessionStatus.Review, now, statement, receipts);
        var employee = new Employee { Id = Guid.CreateVersion7(), NormalizedName = HolderName,
            EmployeeNumber = "E-HOSTILE", CreatedAt = now };
        var card = new Card { Id = Guid.CreateVersion7(), CardKey = $"{Last4}:{HolderName}", Last4 = Last4,
            HolderName = HolderName, EmployeeId = employee.Id, CreatedAt = now };
        db.AddRange(session, statement, receipts, employee, card);
        await db.SaveChangesAsync();

        var revision = new EmployeeRevision
        {
            Id = Guid.CreateVersion7(),
            EmployeeId = employee.Id,
            RevisionNumber = 1,
            Snapshot = new EmployeeSnapshot { Name = HolderName, DisplayName = DisplayName,
                EmployeeNumber = "E-HOSTILE", CardLast4 = [Last4] },
            Actor = "tests",
            CreatedAt = now,
        };
        db.EmployeeRevisions.Add(revision);
        await db.SaveChangesAsync();
        employee.CurrentRevisionId = revision.Id;

        db.StatementCards.Add(new StatementCard
        {
            Id = Guid.CreateVersion7(), SessionId = session.Id, DocumentId = statement.Id, CardId = card.Id,
                EmployeeId = employee.Id,
            HolderName = HolderName, EmployeeNumber = "E-HOSTILE", PrintedTotal = 163.56m, Pages = [1],
        });
        var paid = Charge(session, statement, card, 0, FormulaMerchant, 100m);
        var credit = Charge(session, statement, card, 1, PlusMerchant, Credit);
        var lunch = Charge(session, statement, card, 2, AtMerchant, 50m);
        var missing = Charge(session, statement, card, 3, TabMerchant, 20m);
        db.Transactions.AddRange(paid, credit, lunch, missing);

        var jobReceipt = Receipt(session, receipts, employee, card, 0, 100m, MinusPurpose, FormulaReceiptMerchant,
            paid.Id);
        jobReceipt.CodingType = "Job";
        (jobReceipt.Job, jobReceipt.JobName, jobReceipt.Phase, jobReceipt.PhaseName, jobReceipt.CostType) = ("21045",
            "PLANT", "100.01", "LABOR", "2");
        var ledgerReceipt = Receipt(session, receipts, employee, card, 1, Credit, AtPurpose, "REFUND DESK", credit.Id);
        ledgerReceipt.CodingType = "GL";
        (ledgerReceipt.GlAccount, ledgerReceipt.GlDescription) = ("6450.00", "Repairs & Maintenance");
        var uncoded = Receipt(session, receipts, employee, card, 2, 50m, "Lunch", "DINER", lunch.Id);
        db.Receipts.AddRange(jobReceipt, ledgerReceipt, uncoded);

        db.ValidationIssues.AddRange(
            Issue(session, "missing-coding", IssueMessage, card, now, receiptId: uncoded.Id),
            Issue(session, "charge-without-receipt", "Charge has no receipt.", card, now, transactionId: missing.Id));
        await db.SaveChangesAsync();
        return session.Id;
    }

    private static SourceDocument Document(ProcessingSession session, SourceDocumentKind kind, DateTimeOffset now) =>
        new()
    {
        Id = Guid.CreateVersion7(), SessionId = session.Id, Kind = kind, FileName = $"{kind}.pdf",
            Sha256 = Guid.NewGuid().ToString("N"),
        BlobName = $"hostile/{Guid.NewGuid():N}.pdf", UploadedBy = "tests", UploadedAt = now, PageCount = 1,
    };

    private static CardTransaction Charge(ProcessingSession session, SourceDocument document, Card card, int sequence,
        string merchant, decimal amount) => new()
    {
        Id = Guid.CreateVersion7(), SessionId = session.Id, DocumentId = document.Id, Page = 1, Sequence = sequence,
            CardId = card.Id, EmployeeId = card.EmployeeId,
        TransactionDate = new DateOnly(2024, 1, 2).AddDays(sequence),
            PostingDate = new DateOnly(2024, 1, 4).AddDays(sequence),
        Reference = $"9000{sequence}", Merchant = merchant, City = "HOUSTON", State = "TX", MerchantGroup = "MISC",
            Amount = amount,
    };

    private static Receipt Receipt(ProcessingSession session, SourceDocument document, Employee employee, Card card,
        int sequence, decimal amount, string purpose, string merchant, Guid paysId)
    {
        var receipt = new Receipt
        {
            Id = Guid.CreateVersion7(), SessionId = session.Id, DocumentId = document.Id, Page = sequence + 1,
                Sequence = sequence,
            EmployeeId = employee.Id, CardId = card.Id, EmployeeName = DisplayName, ExpenseType = "General Expense",
            Date = new DateOnly(2024, 1, 2).AddDays(sequence), ExpenseTransactionId = $"7700{sequence}",
                Title = $"Expense {sequence}",
            Amount = amount, Purpose = purpose, Merchant = merchant, MerchantAddress = "HOUSTON TX",
                HasAttachment = true,
        };
        receipt.ProposeMatch(paysId, card.Id, 1m, "seeded", automatic: true);
        return receipt;
    }

    private static ValidationIssue Issue(ProcessingSession session, string rule, string message, Card card,
        DateTimeOffset now, Guid? receiptId = null, Guid? transactionId = null) => new()
    {
        Id = Guid.CreateVersion7(), SessionId = session.Id, RuleCode = rule, Severity = IssueSeverity.Warning,
            Fingerprint = $"{rule}:{receiptId ?? transactionId}",
        Message = message, CardId = card.Id, EmployeeId = card.EmployeeId, ReceiptId = receiptId,
            TransactionId = transactionId, CreatedAt = now, UpdatedAt = now,
    };
}
