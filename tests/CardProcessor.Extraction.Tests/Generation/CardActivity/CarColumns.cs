namespace CardProcessor.Extraction.Tests.Generation.CardActivity;

/// <summary>
/// The transaction table's columns for one card section on one page, sized to the section's
/// content plus random slack, as an HTML table would be: the same column sits at a different x in
/// every section and on every page.
/// </summary>
internal sealed class CarColumns
{
    public static readonly string[] Headers =
        ["Trans Date", "Posted Date", "Lvl", "Transaction #", "Merchant Name", "City, State", "Merchant Group",
            "Product Description", "PPU/G", "Quantity", "Gross Cost", "Discount", "Net Cost"];

    private const int FirstRightAligned = 8;

    private readonly double[] _left;
    private readonly double[] _right;

    public CarColumns(GeneratedPages pages, CarStyle style, IReadOnlyList<string[]> rows, Random random, double margin)
    {
        var widths = Headers
            .Select((h, i) =>
                Math.Max(pages.Measure(h, style.Size, bold: true), rows.Count == 0 ? 0
                : rows.Max(r => pages.Measure(r[i], style.Size))))
            .Select((w, i) => style.OmittedColumns.Contains(i) ? 0 : w + (style.Size * 0.8))
            .ToArray();
        var slack = pages.Width - (2 * margin) - widths.Sum();
        if (slack > 0)
        {
            var shares = widths.Select(w => w == 0 ? 0 : random.NextDouble() * random.NextDouble()).ToArray();
            var total = shares.Sum();
            for (var i = 0; i < widths.Length; i++)
            {
                widths[i] += slack * shares[i] / total * random.NextDouble();
            }
        }

        _left = new double[widths.Length];
        _right = new double[widths.Length];
        var x = margin;
        for (var i = 0; i < widths.Length; i++)
        {
            _left[i] = x;
            _right[i] = x + widths[i] - (style.Size * 0.4);
            x += widths[i];
        }
    }

    public static bool IsRightAligned(int column) => column >= FirstRightAligned;

    /// <summary>Where a cell's text starts (left-aligned) or ends (right-aligned).</summary>
    public double Anchor(int column) => IsRightAligned(column) ? _right[column] : _left[column];

    public double Right(int column) => _right[column];
}
