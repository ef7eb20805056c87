using CardProcessor.Data.Transactions;

namespace CardProcessor.Data.Receipts;

/// <summary>
/// An expense from the receipt report, with its coding and the charge it pays once matched. The
/// match changes only through its methods, each checked by <see cref="MatchLifecycle"/>.
/// </summary>
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

    public Guid? MatchedTransactionId { get; private set; }

    public CardTransaction? MatchedTransaction { get; private set; }

    public MatchStatus MatchStatus { get; private set; } = MatchStatus.Unmatched;

    public decimal? MatchScore { get; private set; }

    public string? MatchReason { get; private set; }

    public uint Version { get; set; }

    public bool Allows(MatchAction action) => MatchStatus.Allows(action);

    /// <summary>The matcher takes back its own proposal before matching again.</summary>
    public void ResetMatch()
    {
        MatchLifecycle.Require(MatchStatus, MatchAction.Reset);
        SetMatch(MatchStatus.Unmatched, null, null, null);
    }

    /// <summary>
    /// The matcher pairs the receipt with <paramref name="transactionId"/> on <paramref name="cardId"/>.
    /// </summary>
    /// <param name="automatic">At or above the automatic score: Matched; else Suggested to a reviewer.</param>
    public void ProposeMatch(Guid transactionId, Guid cardId, decimal score, string reason, bool automatic)
    {
        MatchLifecycle.Require(MatchStatus, MatchAction.Propose);
        SetMatch(automatic ? MatchStatus.Matched : MatchStatus.Suggested, transactionId, score, reason);
        CardId = cardId;
    }

    /// <summary>
    /// A reviewer says the receipt pays <paramref name="transactionId"/>; the matcher never changes it again.
    /// </summary>
    public void ConfirmMatch(Guid transactionId, Guid cardId, string reviewer)
    {
        MatchLifecycle.Require(MatchStatus, MatchAction.Confirm);
        SetMatch(MatchStatus.Confirmed, transactionId, null, $"confirmed by {reviewer}");
        CardId = cardId;
    }

    /// <summary>A reviewer says the receipt pays no charge on this statement.</summary>
    public void Dismiss(string reviewer)
    {
        MatchLifecycle.Require(MatchStatus, MatchAction.Dismiss);
        SetMatch(MatchStatus.Dismissed, null, null, $"no charge, by {reviewer}");
    }

    /// <summary>
    /// A reviewer confirmed another receipt for this one's charge: an automatic or suggested match lets go.
    /// </summary>
    public void GiveWay()
    {
        MatchLifecycle.Require(MatchStatus, MatchAction.GiveWay);
        SetMatch(MatchStatus.Unmatched, null, null, null);
    }

    private void SetMatch(MatchStatus status, Guid? transactionId, decimal? score, string? reason)
    {
        MatchStatus = status;
        MatchedTransactionId = transactionId;
        MatchScore = score;
        MatchReason = reason;
    }
}
