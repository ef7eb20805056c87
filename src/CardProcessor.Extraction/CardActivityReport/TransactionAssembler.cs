using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Model;
using CardProcessor.Extraction.Reconciliation;

namespace CardProcessor.Extraction.CardActivityReport;

/// <summary>
/// Assembles transactions from line item rows (same Transaction #) and the <c>Transaction Totals</c>
/// line that closes them, which a page break may push onto the next page. Rows or totals that do
/// not fit together become findings.
/// </summary>
internal sealed class TransactionAssembler(List<ExtractionFinding> findings)
{
    private TransactionBuilder? _open;

    public void AddRow(LineItemRow row, int page, CardSectionBuilder section)
    {
        if (_open is not null && _open.Continues(row))
        {
            _open.Add(row);
            return;
        }

        Close(section);
        _open = new TransactionBuilder(row, page);
    }

    public void AddTotals(LayoutLine line, int page, CardSectionBuilder? section)
    {
        var totals = TransactionTotalsLine.Read(line);
        if (_open is null || _open.Totals is not null || totals is null)
        {
            findings.Add(FindingFactory.Note(
                FindingCodes.TransactionTotalsWithoutLineItems,
                $"A Transaction Totals line on page {FindingFactory.Format(page)} follows no line items or cannot be "
                    + $"read.",
                section?.LastFour,
                page: page));
            return;
        }

        _open.Totals = totals;
        _open.TotalsPage = page;
        Close(section);
    }

    /// <summary>Adds the open transaction to its card; without a totals line its amount is the items' net.</summary>
    public void Close(CardSectionBuilder? section)
    {
        if (_open is null)
        {
            return;
        }

        if (_open.Totals is null)
        {
            findings.Add(FindingFactory.Note(
                FindingCodes.TransactionTotalsMissing,
                $"Transaction {_open.First.Reference} (page {FindingFactory.Format(_open.Page)}) has no Transaction "
                    + $"Totals line; its amount is the sum of its line items.",
                section?.LastFour,
                _open.First.Reference,
                _open.Page));
        }

        section?.Transactions.Add(_open);
        _open = null;
    }
}
