using CardProcessor.Data.Receipts;

namespace CardProcessor.Api.Receipts;

public sealed record ReceiptResponse(
    Guid Id,
    Guid SessionId,
    Guid DocumentId,
    int Page,
    int Sequence,
    Guid? EmployeeId,
    Guid? CardId,
    string EmployeeName,
    string? ReportNumber,
    string? ExpenseType,
    DateOnly Date,
    string? ExpenseTransactionId,
    string? Title,
    decimal Amount,
    string? Purpose,
    string? Merchant,
    string? MerchantAddress,
    string? Reference,
    CodingResponse? Coding,
    bool? HasAttachment,
    MatchResponse Match,
    string ETag);

public sealed record CodingResponse(string Type, string? Job, string? JobName, string? Phase, string? PhaseName, string? CostType, string? GlAccount, string? GlDescription);

public sealed record MatchResponse(MatchStatus Status, Guid? TransactionId, string? TransactionReference, decimal? Score, string? Reason);
