using System.Linq.Expressions;
using CardProcessor.Data;
using CardProcessor.Data.Receipts;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports.Rows;

/// <summary>
/// A receipt as every reader of receipts takes it: the API's receipt list, the receipts CSV, the
/// Receipts and Receipt Issue Details sheets and the ERP import. <see cref="Projection"/> is the one
/// place a receipt's columns are chosen; each format then lays out the columns it shows.
/// </summary>
public sealed record ReceiptRow
{
    /// <summary>
    /// What EF Core selects for a receipt (object initialiser, so queries can go on filtering and ordering).
    /// </summary>
    public static readonly Expression<Func<Receipt, ReceiptRow>> Projection = r => new ReceiptRow
    {
        Id = r.Id,
        SessionId = r.SessionId,
        DocumentId = r.DocumentId,
        Page = r.Page,
        Sequence = r.Sequence,
        EmployeeId = r.EmployeeId,
        CardId = r.CardId,
        EmployeeName = r.EmployeeName,
        ReportNumber = r.ReportNumber,
        ExpenseType = r.ExpenseType,
        Date = r.Date,
        ExpenseTransactionId = r.ExpenseTransactionId,
        Title = r.Title,
        Amount = r.Amount,
        Purpose = r.Purpose,
        Merchant = r.Merchant,
        MerchantAddress = r.MerchantAddress,
        Reference = r.Reference,
        CodingType = r.CodingType,
        Job = r.Job,
        JobName = r.JobName,
        Phase = r.Phase,
        PhaseName = r.PhaseName,
        CostType = r.CostType,
        GlAccount = r.GlAccount,
        GlDescription = r.GlDescription,
        HasAttachment = r.HasAttachment,
        MatchStatus = r.MatchStatus,
        MatchedTransactionId = r.MatchedTransactionId,
        MatchedReference = r.MatchedTransaction != null ? r.MatchedTransaction.Reference : null,
        MatchedAmount = r.MatchedTransaction != null ? (decimal?)r.MatchedTransaction.Amount : null,
        MatchScore = r.MatchScore,
        MatchReason = r.MatchReason,
        Version = r.Version,
    };

    public Guid Id { get; init; }

    public Guid SessionId { get; init; }

    public Guid DocumentId { get; init; }

    /// <summary>1-based page of the receipt report.</summary>
    public int Page { get; init; }

    public int Sequence { get; init; }

    public Guid? EmployeeId { get; init; }

    public Guid? CardId { get; init; }

    /// <summary>The employee as the receipt report prints the name.</summary>
    public required string EmployeeName { get; init; }

    public string? ReportNumber { get; init; }

    public string? ExpenseType { get; init; }

    public DateOnly Date { get; init; }

    public string? ExpenseTransactionId { get; init; }

    public string? Title { get; init; }

    public decimal Amount { get; init; }

    public string? Purpose { get; init; }

    public string? Merchant { get; init; }

    public string? MerchantAddress { get; init; }

    /// <summary>The card transaction reference, when the receipt report prints it.</summary>
    public string? Reference { get; init; }

    /// <summary><c>Job</c>, <c>GL</c>, or null when the receipt is not coded.</summary>
    public string? CodingType { get; init; }

    public string? Job { get; init; }

    public string? JobName { get; init; }

    public string? Phase { get; init; }

    public string? PhaseName { get; init; }

    public string? CostType { get; init; }

    public string? GlAccount { get; init; }

    public string? GlDescription { get; init; }

    public bool? HasAttachment { get; init; }

    public MatchStatus MatchStatus { get; init; }

    /// <summary>The charge the receipt pays or is suggested to pay.</summary>
    public Guid? MatchedTransactionId { get; init; }

    /// <summary>That charge's Transaction #, whatever the match's state.</summary>
    public string? MatchedReference { get; init; }

    public decimal? MatchedAmount { get; init; }

    public decimal? MatchScore { get; init; }

    public string? MatchReason { get; init; }

    /// <summary>The row version (PostgreSQL's xmin), for the API's ETag.</summary>
    public uint Version { get; init; }

    /// <summary>
    /// True when the receipt pays its charge: matched automatically or confirmed by a reviewer, not only suggested.
    /// </summary>
    public bool PaysCharge => MatchStatus.IsMatched();

    /// <summary>
    /// The Transaction # of the charge the receipt pays; null while a match is only suggested or dismissed.
    /// </summary>
    public string? PaidReference => PaysCharge ? MatchedReference : null;

    public decimal? PaidAmount => PaysCharge ? MatchedAmount : null;

    /// <summary>The session's receipts in receipt-report order.</summary>
    public static IQueryable<ReceiptRow> OfSession(CardProcessorDbContext db, Guid sessionId) =>
        db.Receipts.AsNoTracking()
            .Where(r => r.SessionId == sessionId)
            .OrderBy(r => r.DocumentId).ThenBy(r => r.Sequence)
            .Select(Projection);
}
