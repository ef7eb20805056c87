using CardProcessor.Data.Transactions;

namespace CardProcessor.Data.Receipts;

/// <summary>An expense from the receipt report, with its coding and the charge it pays once matched.</summary>
public sealed class Receipt
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public Guid DocumentId { get; set; }

    public int Page { get; set; }

    public int Sequence { get; set; }

    public Guid? EmployeeId { get; set; }

    public Guid? CardId { get; set; }

    /// <summary>The employee as the receipt report prints the name.</summary>
    public required string EmployeeName { get; set; }

    public string? ReportNumber { get; set; }

    public string? ExpenseType { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>The expense tool's own transaction id.</summary>
    public string? ExpenseTransactionId { get; set; }

    public string? Title { get; set; }

    public decimal Amount { get; set; }

    public string? Purpose { get; set; }

    public string? Merchant { get; set; }

    public string? MerchantAddress { get; set; }

    /// <summary>The card transaction reference, when the receipt report prints it.</summary>
    public string? Reference { get; set; }

    public string? CodingType { get; set; }

    public string? Job { get; set; }

    public string? JobName { get; set; }

    public string? Phase { get; set; }

    public string? PhaseName { get; set; }

    public string? CostType { get; set; }

    public string? GlAccount { get; set; }

    public string? GlDescription { get; set; }

    public bool? HasAttachment { get; set; }

    public Guid? MatchedTransactionId { get; set; }

    public CardTransaction? MatchedTransaction { get; set; }

    public MatchStatus MatchStatus { get; set; } = MatchStatus.Unmatched;

    public decimal? MatchScore { get; set; }

    public string? MatchReason { get; set; }

    public uint Version { get; set; }
}
