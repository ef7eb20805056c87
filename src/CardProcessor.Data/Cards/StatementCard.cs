using CardProcessor.Data.Documents;

namespace CardProcessor.Data.Cards;

/// <summary>A card's section in one session's statement: its printed totals and pages.</summary>
public sealed class StatementCard
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public Guid DocumentId { get; set; }

    public SourceDocument? Document { get; set; }

    public Guid CardId { get; set; }

    public Card? Card { get; set; }

    public Guid? EmployeeId { get; set; }

    /// <summary>The name as printed on this statement.</summary>
    public required string HolderName { get; set; }

    public string? EmployeeNumber { get; set; }

    public decimal? PrintedTotal { get; set; }

    public Dictionary<string, decimal>? CategoryTotals { get; set; }

    public List<int> Pages { get; set; } = [];

    public int Sequence { get; set; }
}
