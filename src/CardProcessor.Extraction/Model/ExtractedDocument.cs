namespace CardProcessor.Extraction.Model;

/// <summary>
/// Everything read from one statement or receipt report. Card numbers in here are masked or last
/// four digits only; amounts are exact decimals as printed.
/// </summary>
public sealed record ExtractedDocument
{
    public required DocumentKind Kind { get; init; }

    /// <summary>One of <see cref="DocumentLayouts"/>.</summary>
    public required string Layout { get; init; }

    public string? Company { get; init; }

    public DateOnly? PeriodStart { get; init; }

    public DateOnly? PeriodEnd { get; init; }

    public int PageCount { get; init; }

    /// <summary>Pages (1-based) that had no text layer and were not read.</summary>
    public IReadOnlyList<int> PagesWithoutText { get; init; } = [];

    // Statement only.
    public decimal? GrandTotal { get; init; }

    public string? AccountCode { get; init; }

    public string? CustomerId { get; init; }

    public DateTime? ProducedOn { get; init; }

    public IReadOnlyList<ExtractedCardholder> Cardholders { get; init; } = [];

    /// <summary>General statements: the balance the statement carries over from the previous one.</summary>
    public decimal? PreviousBalance { get; init; }

    /// <summary>General statements: the balance the statement closes with.</summary>
    public decimal? NewBalance { get; init; }

    /// <summary>
    /// General statements: the other totals the statement prints (net activity, payments,
    /// purchases, section totals), keyed by their label in snake_case; null when it prints none.
    /// </summary>
    public IReadOnlyDictionary<string, decimal>? PrintedTotals { get; init; }

    // Receipt report only.
    public IReadOnlyList<ExtractedReceipt> Receipts { get; init; } = [];

    /// <summary>Reconciliation results: every printed total that the extracted rows do not add up to.</summary>
    public IReadOnlyList<ExtractionFinding> Findings { get; init; } = [];
}
