using CardProcessor.Data.Issues;

namespace CardProcessor.Processing.Validation;

/// <summary>A finding of one rule in one run, before it is reconciled with the issues already tracked.</summary>
public sealed record IssueCandidate(string RuleCode, IssueSeverity Severity, string Subject, string Message)
{
    public Guid? TransactionId { get; init; }

    public string? TransactionReference { get; init; }

    public Guid? ReceiptId { get; init; }

    public Guid? CardId { get; init; }

    public Guid? EmployeeId { get; init; }

    public Guid? DocumentId { get; init; }

    /// <summary>Rule plus subject: the same finding in a later run has the same fingerprint.</summary>
    public string Fingerprint => $"{RuleCode}:{Subject}";
}
