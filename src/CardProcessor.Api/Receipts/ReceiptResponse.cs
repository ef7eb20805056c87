using CardProcessor.Api.Concurrency;
using CardProcessor.Data.Receipts;
using CardProcessor.Reports.Rows;

namespace CardProcessor.Api.Receipts;

/// <summary>
/// A receipt in the API's list, built from the reports library's <see cref="ReceiptRow"/>: the same
/// columns as the receipts CSV and sheet, with the coding and the match as objects of their own and
/// the row version as an ETag.
/// </summary>
public sealed record ReceiptResponse
{
    public required Guid Id { get; init; }

    public required Guid SessionId { get; init; }

    public required Guid DocumentId { get; init; }

    public required int Page { get; init; }

    public required int Sequence { get; init; }

    public required Guid? EmployeeId { get; init; }

    public required Guid? CardId { get; init; }

    public required string EmployeeName { get; init; }

    public required string? ReportNumber { get; init; }

    public required string? ExpenseType { get; init; }

    public required DateOnly Date { get; init; }

    public required string? ExpenseTransactionId { get; init; }

    public required string? Title { get; init; }

    public required decimal Amount { get; init; }

    public required string? Purpose { get; init; }

    public required string? Merchant { get; init; }

    public required string? MerchantAddress { get; init; }

    public required string? Reference { get; init; }

    public required CodingResponse? Coding { get; init; }

    public required bool? HasAttachment { get; init; }

    public required MatchResponse Match { get; init; }

    public required string ETag { get; init; }

    public static ReceiptResponse From(ReceiptRow r) => new()
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
        Coding = r.CodingType is null ? null : new CodingResponse
        {
            Type = r.CodingType,
            Job = r.Job,
            JobName = r.JobName,
            Phase = r.Phase,
            PhaseName = r.PhaseName,
            CostType = r.CostType,
            GlAccount = r.GlAccount,
            GlDescription = r.GlDescription,
        },
        HasAttachment = r.HasAttachment,
        // The API shows a suggested match's charge too (a reviewer decides on it); the exports show only a paid one.
        Match = new MatchResponse
        {
            Status = r.MatchStatus,
            TransactionId = r.MatchedTransactionId,
            TransactionReference = r.MatchedReference,
            Score = r.MatchScore,
            Reason = r.MatchReason,
        },
        ETag = ETags.From(r.Version),
    };
}

public sealed record CodingResponse
{
    public required string Type { get; init; }

    public required string? Job { get; init; }

    public required string? JobName { get; init; }

    public required string? Phase { get; init; }

    public required string? PhaseName { get; init; }

    public required string? CostType { get; init; }

    public required string? GlAccount { get; init; }

    public required string? GlDescription { get; init; }
}

public sealed record MatchResponse
{
    public required MatchStatus Status { get; init; }

    public required Guid? TransactionId { get; init; }

    public required string? TransactionReference { get; init; }

    public required decimal? Score { get; init; }

    public required string? Reason { get; init; }
}
