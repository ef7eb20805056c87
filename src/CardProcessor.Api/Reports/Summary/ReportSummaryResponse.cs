using CardProcessor.Data.Issues;
using CardProcessor.Data.Sessions;

namespace CardProcessor.Api.Reports.Summary;

/// <summary>A session at a glance: what was spent, by whom and on what, how much the receipts cover, what is still wrong.</summary>
public sealed record ReportSummaryResponse(
    Guid SessionId,
    string Name,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    SessionStatus Status,
    TransactionTotals Transactions,
    ReceiptTotals Receipts,
    IReadOnlyList<EmployeeTotal> ByEmployee,
    IReadOnlyList<GroupTotal> ByMerchantGroup,
    IReadOnlyList<GroupTotal> ByCategory,
    IReadOnlyList<IssueCount> Issues,
    ProcessingTime Processing);

/// <param name="Total">Charges less credits.</param>
public sealed record TransactionTotals(int Count, decimal Total, decimal Charges, decimal Credits);

/// <param name="Matched">Receipts paying a charge, matched automatically or confirmed by a reviewer.</param>
public sealed record ReceiptTotals(int Count, decimal Total, int Matched, decimal MatchedTotal);

/// <param name="EmployeeId">Null for a vehicle's or an unowned card, which is then named by its printed holder name.</param>
public sealed record EmployeeTotal(Guid? EmployeeId, string Name, int Count, decimal Total);

/// <param name="Key">The merchant group (<c>FUEL</c>) or category (the receipt's expense type); null when the document printed none.</param>
public sealed record GroupTotal(string? Key, int Count, decimal Total);

public sealed record IssueCount(string RuleCode, IssueStatus Status, int Count);

/// <param name="Seconds">From the start of processing to the last document's extraction; null until both happened.</param>
public sealed record ProcessingTime(DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt, double? Seconds, int Documents, int Pages);
