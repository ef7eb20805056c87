using CardProcessor.Extraction.Model;
using CardProcessor.Extraction.Parsing;
using CardProcessor.Extraction.Tables;

namespace CardProcessor.Extraction.CardActivityReport;

/// <summary>One line item row of the transaction table: the transaction's fields and the item.</summary>
internal sealed record LineItemRow(
    DateOnly TransactionDate,
    DateOnly? PostingDate,
    string? Level,
    string? Reference,
    string Merchant,
    string? City,
    string? State,
    string? MerchantGroup,
    ExtractedLineItem Item)
{
    /// <summary>
    /// Reads a row whose first date cell holds a date; null when the line is not a line item.
    /// A line that starts with a date but has no readable net cost sets <paramref name="unreadable"/>.
    /// </summary>
    public static LineItemRow? TryRead(RowCells cells, DateOnly? periodStart, DateOnly? periodEnd, out bool unreadable)
    {
        unreadable = false;
        if (!DateParser.TryParse(cells[ColumnKind.TransactionDate], out var printedDate))
        {
            return null;
        }

        var transactionDate = printedDate.Resolve(periodStart, periodEnd);
        var net = AmountParser.ParseOrNull(cells[ColumnKind.Net]);
        var gross = AmountParser.ParseOrNull(cells[ColumnKind.Gross]) ?? net;
        if (transactionDate is null || net is null || gross is null)
        {
            unreadable = true;
            return null;
        }

        DateOnly? postingDate = DateParser.TryParse(cells[ColumnKind.PostingDate], out var posted)
            ? posted.Resolve(periodStart, periodEnd)
            : null;
        var (city, state) = LocationParser.Split(cells[ColumnKind.Location]);
        var item = new ExtractedLineItem(
            cells[ColumnKind.Product],
            AmountParser.ParseOrNull(cells[ColumnKind.UnitPrice]),
            AmountParser.ParseOrNull(cells[ColumnKind.Quantity]),
            gross.Value,
            AmountParser.ParseOrNull(cells[ColumnKind.Discount]) ?? 0m,
            net.Value);
        return new LineItemRow(
            transactionDate.Value,
            postingDate,
            NullIfEmpty(cells[ColumnKind.Level]),
            NullIfEmpty(cells[ColumnKind.Reference].Replace(" ", string.Empty, StringComparison.Ordinal)),
            cells[ColumnKind.Merchant],
            city,
            state,
            NullIfEmpty(cells[ColumnKind.MerchantGroup]),
            item);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
