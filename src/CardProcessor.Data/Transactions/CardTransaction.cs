using CardProcessor.Data.Cards;

namespace CardProcessor.Data.Transactions;

/// <summary>A charge or credit on a card, as printed on one session's statement.</summary>
public sealed class CardTransaction
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public Guid DocumentId { get; set; }

    public int Page { get; set; }

    /// <summary>Position in the document, so lists come back in statement order.</summary>
    public int Sequence { get; set; }

    public Guid CardId { get; set; }

    public Card? Card { get; set; }

    public Guid? EmployeeId { get; set; }

    public DateOnly TransactionDate { get; set; }

    public DateOnly? PostingDate { get; set; }

    /// <summary>Transaction # / reference exactly as printed.</summary>
    public string? Reference { get; set; }

    public required string Merchant { get; set; }

    public string? City { get; set; }

    public string? State { get; set; }

    public int? Mcc { get; set; }

    public decimal Amount { get; set; }

    public string? ForeignCurrency { get; set; }

    public decimal? ForeignAmount { get; set; }

    public decimal? ForeignRate { get; set; }

    public string? Level { get; set; }

    public string? MerchantGroup { get; set; }

    public decimal? TotalsGross { get; set; }

    public decimal? TotalsDiscount { get; set; }

    public decimal? TotalsNet { get; set; }

    public List<TransactionLineItem> LineItems { get; } = [];
}
