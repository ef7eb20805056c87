namespace CardProcessor.Extraction.Model;

public sealed record ExtractedTransaction
{
    public required DateOnly TransactionDate { get; init; }

    public DateOnly? PostingDate { get; init; }

    /// <summary>Reference / Transaction #, kept exactly as printed (leading zeros too).</summary>
    public string? Reference { get; init; }

    public required string Merchant { get; init; }

    public string? City { get; init; }

    public string? State { get; init; }

    public int? Mcc { get; init; }

    /// <summary>The billed amount; negative for a credit. On a card activity report, the net total.</summary>
    public required decimal Amount { get; init; }

    public ForeignAmount? Foreign { get; init; }

    /// <summary>Card activity report level (F, N, L).</summary>
    public string? Level { get; init; }

    public string? MerchantGroup { get; init; }

    public IReadOnlyList<ExtractedLineItem> LineItems { get; init; } = [];

    public TransactionTotals? Totals { get; init; }

    /// <summary>Page (1-based) of the transaction's first row.</summary>
    public int Page { get; init; }
}
