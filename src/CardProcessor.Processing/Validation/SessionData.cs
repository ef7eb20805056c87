using CardProcessor.Data.Cards;
using CardProcessor.Data.Documents;
using CardProcessor.Data.Receipts;
using CardProcessor.Data.Sessions;
using CardProcessor.Data.Transactions;

namespace CardProcessor.Processing.Validation;

/// <summary>Everything the rules look at for one session, loaded once per validation run.</summary>
public sealed class SessionData
{
    public required ProcessingSession Session { get; init; }

    public required IReadOnlyList<SourceDocument> Documents { get; init; }

    public required IReadOnlyList<StatementCard> StatementCards { get; init; }

    public required IReadOnlyList<CardTransaction> Transactions { get; init; }

    public required IReadOnlyList<Receipt> Receipts { get; init; }

    /// <summary>Cards by id, with their owners.</summary>
    public required IReadOnlyDictionary<Guid, Card> Cards { get; init; }

    /// <summary>Employees' names of record by id.</summary>
    public required IReadOnlyDictionary<Guid, string> EmployeeNames { get; init; }

    public bool HasReceiptReport => Documents.Any(d => d.Kind == SourceDocumentKind.ReceiptReport
        && d.Status == DocumentStatus.Extracted);

    /// <summary>
    /// Receipts that pay a charge (matched automatically or confirmed by a reviewer), by transaction.
    /// </summary>
    public ILookup<Guid, Receipt> PaidBy => _paidBy ??= Receipts
        .Where(r => r.MatchedTransactionId is not null && r.MatchStatus.IsMatched())
        .ToLookup(r => r.MatchedTransactionId!.Value);

    private ILookup<Guid, Receipt>? _paidBy;

    public string DescribeCard(Guid cardId) =>
        Cards.TryGetValue(cardId, out var card) ? $"{card.HolderName} (card {card.Last4})" : "an unknown card";

    public string DescribeEmployee(Guid? employeeId, string fallback) =>
        employeeId is { } id && EmployeeNames.TryGetValue(id, out var name) ? name : fallback;
}
