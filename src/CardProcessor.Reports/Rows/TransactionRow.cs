using System.Linq.Expressions;
using CardProcessor.Data;
using CardProcessor.Data.Receipts;
using CardProcessor.Data.Transactions;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports.Rows;

/// <summary>
/// A charge or credit as every reader of transactions takes it: the API's transaction list, the
/// transactions CSV, and the Summary, Transactions, Line Items and Receipt Issue Details sheets.
/// Line items are rows of their own (<see cref="LineItemRow"/>): the API nests them, the CSV counts
/// them, the workbook gives them a sheet, so none of that is part of this row.
/// </summary>
public sealed record TransactionRow
{
    /// <summary>
    /// What EF Core selects for a transaction (object initialiser, so queries can go on composing).
    /// <paramref name="receipts"/> is the context's receipt set: a charge has no navigation to the
    /// receipt that pays it, so that is a subquery.
    /// </summary>
    public static Expression<Func<CardTransaction, TransactionRow>> Projection(IQueryable<Receipt> receipts) =>
        t => new TransactionRow
        {
            Id = t.Id,
            SessionId = t.SessionId,
            DocumentId = t.DocumentId,
            Page = t.Page,
            Sequence = t.Sequence,
            CardId = t.CardId,
            CardLast4 = t.Card!.Last4,
            HolderName = t.Card.HolderName,
            EmployeeId = t.EmployeeId,
            TransactionDate = t.TransactionDate,
            PostingDate = t.PostingDate,
            Reference = t.Reference,
            Merchant = t.Merchant,
            City = t.City,
            State = t.State,
            Mcc = t.Mcc,
            Amount = t.Amount,
            ForeignCurrency = t.ForeignCurrency,
            ForeignAmount = t.ForeignAmount,
            ForeignRate = t.ForeignRate,
            Level = t.Level,
            MerchantGroup = t.MerchantGroup,
            TotalsGross = t.TotalsGross,
            TotalsDiscount = t.TotalsDiscount,
            TotalsNet = t.TotalsNet,
            PaidByReceiptId = receipts
                .Where(r => r.MatchedTransactionId == t.Id
                    && (r.MatchStatus == MatchStatus.Matched || r.MatchStatus == MatchStatus.Confirmed))
                .Select(r => (Guid?)r.Id)
                .FirstOrDefault(),
        };

    public Guid Id { get; init; }

    public Guid SessionId { get; init; }

    public Guid DocumentId { get; init; }

    /// <summary>1-based page of the statement.</summary>
    public int Page { get; init; }

    /// <summary>Position in the statement.</summary>
    public int Sequence { get; init; }

    public Guid CardId { get; init; }

    public required string CardLast4 { get; init; }

    /// <summary>The card's holder name as first printed.</summary>
    public required string HolderName { get; init; }

    public Guid? EmployeeId { get; init; }

    public DateOnly TransactionDate { get; init; }

    public DateOnly? PostingDate { get; init; }

    /// <summary>Transaction # exactly as printed.</summary>
    public string? Reference { get; init; }

    public required string Merchant { get; init; }

    public string? City { get; init; }

    public string? State { get; init; }

    public int? Mcc { get; init; }

    public decimal Amount { get; init; }

    public string? ForeignCurrency { get; init; }

    public decimal? ForeignAmount { get; init; }

    public decimal? ForeignRate { get; init; }

    public string? Level { get; init; }

    public string? MerchantGroup { get; init; }

    public decimal? TotalsGross { get; init; }

    public decimal? TotalsDiscount { get; init; }

    public decimal? TotalsNet { get; init; }

    /// <summary>The receipt that pays the charge (matched or confirmed), if one does.</summary>
    public Guid? PaidByReceiptId { get; init; }

    public bool ReceiptMatched => PaidByReceiptId is not null;

    /// <summary>The session's transactions in statement order.</summary>
    public static IQueryable<TransactionRow> OfSession(CardProcessorDbContext db, Guid sessionId) =>
        db.Transactions.AsNoTracking()
            .Where(t => t.SessionId == sessionId)
            .OrderBy(t => t.DocumentId).ThenBy(t => t.Sequence)
            .Select(Projection(db.Receipts));
}
