using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.CardActivityReport;

/// <summary>A transaction being read: its line items (possibly across a page break) until its totals line.</summary>
internal sealed class TransactionBuilder(LineItemRow first, int page)
{
    private readonly List<ExtractedLineItem> _items = [first.Item];

    public LineItemRow First { get; } = first;

    public int Page { get; } = page;

    public TransactionTotals? Totals { get; set; }

    public int? TotalsPage { get; set; }

    public IReadOnlyList<ExtractedLineItem> Items => _items;

    /// <summary>Whether a row continues this transaction (same Transaction #, totals not yet printed).</summary>
    public bool Continues(LineItemRow row) => Totals is null && row.Reference == First.Reference;

    public void Add(LineItemRow row) => _items.Add(row.Item);

    public ExtractedTransaction Build() => new()
    {
        TransactionDate = First.TransactionDate,
        PostingDate = First.PostingDate,
        Level = First.Level,
        Reference = First.Reference,
        Merchant = First.Merchant,
        City = First.City,
        State = First.State,
        MerchantGroup = First.MerchantGroup,
        LineItems = _items.ToList(),
        Totals = Totals,

        // The transaction's amount is its printed net total; without one, the items' net as read.
        Amount = Totals?.Net ?? _items.Sum(i => i.Net),
        Page = Page,
    };
}
