namespace CardProcessor.Extraction.Tests.Generation.Receipts;

/// <summary>One expense of a generated receipt images report.</summary>
internal sealed record GeneratedReceipt(
    string Employee,
    string Cardholder,
    string ReportNumber,
    string ExpenseType,
    DateOnly Date,
    string TransactionId,
    string Title,
    decimal Amount,
    string Address,
    string Purpose,
    string Merchant,
    string MerchantAddress,
    GeneratedCoding? Coding,
    string? Attachment);

/// <summary>Job coding (job, phase, cost type) or GL coding (account and description).</summary>
internal sealed record GeneratedCoding(string? Job, string? JobName, string? Phase, string? PhaseName, string? CostType,
    string? GlAccount, string? GlDescription)
{
    public bool IsJob => Job is not null;
}
