namespace CardProcessor.Reports.Benchmarks;

/// <summary>A transaction as the seeder generated it, kept to derive its line items, receipt and issues.</summary>
internal sealed record SeededCharge(
    Guid Id,
    Guid CardId,
    Guid? EmployeeId,
    string EmployeeName,
    int Sequence,
    DateOnly Date,
    string Reference,
    string Merchant,
    string Group,
    decimal Amount);
