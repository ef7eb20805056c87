using CardProcessor.Data.Sessions;

namespace CardProcessor.Reports.Summary;

/// <summary>
/// A session at a glance: what was spent, by whom and on what, how much the receipts cover, what is
/// still wrong. The type names are the OpenAPI schema names of the summary route.
/// </summary>
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
