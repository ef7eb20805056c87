using System.Globalization;
using System.Text.RegularExpressions;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Parsing;
using CardProcessor.Extraction.Tables;

namespace CardProcessor.Extraction.CardActivityReport;

/// <summary>Reads the product summary rows and the <c>Grand Total</c> row of the last page.</summary>
internal static partial class ProductSummaryReader
{
    public static ProductSummaryRow? TryReadRow(LayoutLine line, TableHeader columns, int page)
    {
        var cells = columns.Split(line);
        var description = cells[ColumnKind.Product];
        var net = AmountParser.ParseOrNull(cells[ColumnKind.Net]);
        return description.Length == 0 || net is null ? null : FromCells(description, cells, net.Value, page);
    }

    public static ProductSummaryRow? ReadGrandTotal(LayoutLine line, TableHeader? columns, int page)
    {
        if (columns is not null)
        {
            var cells = columns.Split(line);
            if (AmountParser.ParseOrNull(cells[ColumnKind.Net]) is { } net)
            {
                return FromCells("Grand Total", cells, net, page);
            }
        }

        // Without the summary's header, the last three figures are gross, discount and net.
        var amounts = AmountsRegex().Matches(LineText.Normalized(line))
            .Select(m => AmountParser.ParseOrNull(m.Value))
            .OfType<decimal>()
            .ToList();
        return amounts.Count == 0
            ? null
            : new ProductSummaryRow(
                "Grand Total",
                null,
                null,
                amounts.Count >= 3 ? amounts[^3] : null,
                amounts.Count >= 3 ? amounts[^2] : null,
                amounts[^1],
                page);
    }

    private static ProductSummaryRow FromCells(string description, RowCells cells, decimal net, int page) => new(
        description,
        int.TryParse(cells[ColumnKind.Count], NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var count)
            ? count : null,
        AmountParser.ParseOrNull(cells[ColumnKind.Quantity]),
        AmountParser.ParseOrNull(cells[ColumnKind.Gross]),
        AmountParser.ParseOrNull(cells[ColumnKind.Discount]),
        net,
        page);

    [GeneratedRegex(AmountParser.Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex AmountsRegex();
}
