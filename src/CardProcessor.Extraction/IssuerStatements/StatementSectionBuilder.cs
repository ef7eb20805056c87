using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.IssuerStatements;

/// <summary>One cardholder's section of a statement, possibly spanning pages.</summary>
internal sealed class StatementSectionBuilder(CardholderHeader header, int page)
{
    private readonly List<int> _pages = [page];

    public string Name { get; } = header.Name;

    public string? CardLast4 { get; set; } = header.CardLast4;

    public string? EmployeeId { get; set; } = header.EmployeeId;

    public List<ExtractedTransaction> Transactions { get; } = [];

    public decimal? Total { get; set; }

    public int? TotalPage { get; set; }

    public int FirstPage { get; } = page;

    /// <summary>Whether a repeated header (on a following page) names this same section.</summary>
    public bool IsSame(CardholderHeader other) =>
        Total is null && string.Equals(other.Name, Name, StringComparison.OrdinalIgnoreCase)
        && (other.CardLast4 is null || other.CardLast4 == CardLast4);

    public void Touch(int page)
    {
        if (_pages[^1] != page)
        {
            _pages.Add(page);
        }
    }

    public ExtractedCardholder Build() => new()
    {
        Name = Name,
        CardLast4 = CardLast4 ?? string.Empty,
        EmployeeId = EmployeeId,
        Total = Total,
        Transactions = Transactions.ToList(),
        Pages = _pages.ToList(),
    };
}
