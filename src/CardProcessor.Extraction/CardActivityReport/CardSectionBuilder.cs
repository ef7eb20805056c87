using System.Text.RegularExpressions;
using CardProcessor.Extraction.Model;
using CardProcessor.Extraction.Parsing;

namespace CardProcessor.Extraction.CardActivityReport;

/// <summary>One card's section, joined from every page it is repeated on.</summary>
internal sealed partial class CardSectionBuilder(CardSectionIdentity identity)
{
    private readonly List<int> _pages = [];

    /// <summary>The header as first printed, with any field a later page adds.</summary>
    public CardSectionIdentity Identity { get; private set; } = identity;

    public string CardNumber => Identity.CardNumber;

    public List<TransactionBuilder> Transactions { get; } = [];

    /// <summary>Category totals in printed order, without the <c>Total</c> column.</summary>
    public IReadOnlyDictionary<string, decimal>? CategoryTotals { get; set; }

    public decimal? Total { get; set; }

    public int? TotalsPage { get; set; }

    public string LastFour => MaskedCardNumber.LastFour(CardNumber) ?? CardNumber;

    /// <summary>Fills the fields this section's first header left empty from a later page's header.</summary>
    public void Merge(CardSectionIdentity header) => Identity = Identity with
    {
        CustomerId = Identity.CustomerId ?? header.CustomerId,
        Name = Identity.Name ?? header.Name,
        EmployeeId = Identity.EmployeeId ?? header.EmployeeId,
    };

    public void Touch(int page)
    {
        if (_pages.Count == 0 || _pages[^1] != page)
        {
            _pages.Add(page);
        }
    }

    public ExtractedCardholder Build()
    {
        var name = Identity.Name ?? string.Empty;
        return new ExtractedCardholder
        {
            Name = name,
            CardNumber = CardNumber,
            CardLast4 = LastFour,
            EmployeeId = Identity.EmployeeId,
            CustomerId = Identity.CustomerId,

            // Vehicle cards are named after the unit: "919VEHICLE UNIT".
            IsVehicle = VehicleRegex().IsMatch(name),
            Total = Total,
            CategoryTotals = CategoryTotals,
            Transactions = Transactions.Select(t => t.Build()).ToList(),
            Pages = _pages.ToList(),
        };
    }

    [GeneratedRegex(@"(?:^|\d|\s)VEHICLE\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VehicleRegex();
}
