using CardProcessor.Data.Cards;
using CardProcessor.Data.Documents;
using CardProcessor.Data.Receipts;
using CardProcessor.Data.Sessions;
using CardProcessor.Data.Transactions;
using CardProcessor.Extraction.Model;
using CardProcessor.Processing.Validation;

namespace CardProcessor.Processing.Tests.Support;

/// <summary>
/// A small in-memory session for the rules and the matcher: September 2026, an extracted statement
/// and an extracted receipt images report, then whatever people, cards, charges and receipts a test adds.
/// </summary>
public sealed class SessionDataBuilder
{
    private readonly Dictionary<Guid, Card> _cards = [];
    private readonly Dictionary<Guid, string> _employeeNames = [];
    private readonly List<StatementCard> _statementCards = [];
    private readonly List<CardTransaction> _transactions = [];
    private readonly List<Receipt> _receipts = [];
    private readonly List<SourceDocument> _documents = [];

    public SessionDataBuilder()
    {
        Statement = Document(SourceDocumentKind.Statement, DocumentLayouts.CardholderActivityReport, "statement.pdf");
        ReceiptReport = Document(SourceDocumentKind.ReceiptReport, DocumentLayouts.ReceiptImagesReport, "receipts.pdf");
    }

    public ProcessingSession Session { get; } = new()
    {
        Id = Guid.NewGuid(),
        Name = "September 2026",
        PeriodStart = new DateOnly(2026, 9, 1),
        PeriodEnd = new DateOnly(2026, 9, 30),
        CreatedBy = "tests",
    };

    /// <summary>The session's statement, extracted; <see cref="WithStatus"/> puts it in another state.</summary>
    public SourceDocument Statement { get; private set; }

    /// <summary>The session's receipt images report, extracted.</summary>
    public SourceDocument ReceiptReport { get; private set; }

    public IReadOnlyList<CardTransaction> Transactions => _transactions;

    public IReadOnlyList<Receipt> Receipts => _receipts;

    /// <summary>A day of September 2026, the session's period.</summary>
    public static DateOnly Day(int day) => new(2026, 9, day);

    public SourceDocument Document(
        SourceDocumentKind kind, string? layout, string fileName, DocumentStatus status = DocumentStatus.Extracted) =>
        Document(Guid.NewGuid(), kind, layout, fileName, status, "The PDF is damaged.");

    /// <summary>
    /// Replaces <paramref name="document"/> with the same document (same id, kind and file) in
    /// <paramref name="status"/>, as it would be had processing gone that way.
    /// </summary>
    public SourceDocument WithStatus(
        SourceDocument document,
        DocumentStatus status,
        string error = "The PDF is damaged.")
    {
        _documents.Remove(document);
        var replaced = Document(document.Id, document.Kind, document.Layout, document.FileName, status, error);
        Statement = Statement == document ? replaced : Statement;
        ReceiptReport = ReceiptReport == document ? replaced : ReceiptReport;
        return replaced;
    }

    /// <summary>A person known to the employee directory, by the name of record.</summary>
    public Guid Employee(string name)
    {
        var id = Guid.NewGuid();
        _employeeNames.Add(id, name);
        return id;
    }

    /// <summary>
    /// A card on the statement, owned by <paramref name="employeeId"/> (null: not matched to anyone).
    /// </summary>
    public Card Card(Guid? employeeId, string holderName, string last4, bool isVehicle = false)
    {
        var card = new Card
        {
            Id = Guid.NewGuid(),
            CardKey = $"{last4}:{holderName}",
            Last4 = last4,
            HolderName = holderName,
            IsVehicle = isVehicle,
            EmployeeId = employeeId,
        };
        _cards.Add(card.Id, card);
        _statementCards.Add(new StatementCard
        {
            Id = Guid.NewGuid(),
            SessionId = Session.Id,
            DocumentId = Statement.Id,
            CardId = card.Id,
            Card = card,
            EmployeeId = employeeId,
            HolderName = holderName,
            Sequence = _statementCards.Count,
        });
        return card;
    }

    public Card VehicleCard(string holderName, string last4) => Card(null, holderName, last4, isVehicle: true);

    /// <summary>
    /// A charge (or, negative, a credit) on <paramref name="card"/>, with a Transaction # of its own.
    /// </summary>
    public CardTransaction Transaction(
        Card card,
        decimal amount,
        string merchant,
        DateOnly date,
        string? merchantGroup = null)
    {
        var transaction = new CardTransaction
        {
            Id = Guid.NewGuid(),
            SessionId = Session.Id,
            DocumentId = Statement.Id,
            Sequence = _transactions.Count,
            CardId = card.Id,
            EmployeeId = card.EmployeeId,
            TransactionDate = date,
            Reference = $"{893_000_100 + _transactions.Count}",
            Merchant = merchant,
            MerchantGroup = merchantGroup,
            Amount = amount,
        };
        _transactions.Add(transaction);
        return transaction;
    }

    /// <summary>
    /// A receipt of <paramref name="employeeId"/>'s, unmatched, with an image attached and no coding.
    /// </summary>
    public Receipt Receipt(Guid? employeeId, decimal amount, DateOnly date, string? merchant = null)
    {
        var receipt = new Receipt
        {
            Id = Guid.NewGuid(),
            SessionId = Session.Id,
            DocumentId = ReceiptReport.Id,
            Sequence = _receipts.Count,
            EmployeeId = employeeId,
            EmployeeName = employeeId is { } id
                && _employeeNames.TryGetValue(id, out var name) ? name : "Unknown Person",
            Date = date,
            Amount = amount,
            Merchant = merchant,
            Title = merchant is null ? "Expense" : $"Expense at {merchant}",
            HasAttachment = true,
        };
        _receipts.Add(receipt);
        return receipt;
    }

    /// <summary>
    /// A receipt paired with <paramref name="charge"/>: by the matcher (Matched, or Suggested with
    /// <paramref name="reason"/>), or by a reviewer (Confirmed).
    /// </summary>
    public Receipt ReceiptPaying(
        CardTransaction charge,
        decimal amount,
        MatchStatus status = MatchStatus.Matched,
        string reason = "amount exact")
    {
        var receipt = Receipt(charge.EmployeeId, amount, charge.TransactionDate, charge.Merchant);
        if (status == MatchStatus.Confirmed)
        {
            receipt.ConfirmMatch(charge.Id, charge.CardId, "reviewer");
        }
        else
        {
            receipt.ProposeMatch(charge.Id, charge.CardId, 0.9m, reason, automatic: status == MatchStatus.Matched);
        }

        return receipt;
    }

    private SourceDocument Document(
        Guid id, SourceDocumentKind kind, string? layout, string fileName, DocumentStatus status, string error)
    {
        var document = new SourceDocument
        {
            Id = id,
            SessionId = Session.Id,
            Kind = kind,
            Layout = layout,
            FileName = fileName,
            Sha256 = new string('0', 64),
            BlobName = $"{Session.Id}/{fileName}",
            UploadedBy = "tests",
        };
        _documents.Add(document.Reach(status, DateTimeOffset.UnixEpoch, error));
        return document;
    }

    public SessionData Build() => new()
    {
        Session = Session,
        Documents = _documents,
        StatementCards = _statementCards,
        Transactions = _transactions,
        Receipts = _receipts,
        Cards = _cards,
        EmployeeNames = _employeeNames,
    };
}
