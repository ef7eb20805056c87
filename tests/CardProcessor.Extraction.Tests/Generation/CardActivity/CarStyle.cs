namespace CardProcessor.Extraction.Tests.Generation.CardActivity;

/// <summary>How a generated card activity report is printed.</summary>
internal sealed record CarStyle(
    double PageWidth,
    double PageHeight,
    PdfFontFamily Font,
    double Size,
    bool WordByWord,
    double FooterLift,
    double RowsBelowFooter,
    IReadOnlySet<int> OmittedColumns,
    bool WrapCategoryHeadings)
{
    /// <summary>Columns another version of the report may leave out: Posted Date, Transaction #, Merchant
    /// Group.</summary>
    private static readonly int[] _optional = [1, 3, 6];

    /// <summary>The ground truth's <c>style.cols</c>: which of its fields the report prints.</summary>
    public IEnumerable<string> PrintedColumns =>
        new[] { (0, "trans"), (1, "post"), (3, "ref"), (4, "merchant"), (5, "city"), (6, "group"), (7, "lines") }
            .Where(c => !OmittedColumns.Contains(c.Item1))
            .Select(c => c.Item2);

    public static CarStyle Random(Random random)
    {
        var (width, height) = random.Pick(new[] { (1008d, 612d), (792d, 612d), (1224d, 792d) });
        var font = random.Pick(new[] { PdfFontFamily.Helvetica, PdfFontFamily.Times, PdfFontFamily.Courier });
        var size = font == PdfFontFamily.Courier ? 6 + random.NextDouble() : 6.5 + (random.NextDouble() * 2);
        if (width < 1000)
        {
            size -= 0.7;
        }

        // The footer sits above the bottom margin; rows may run on underneath it, as the issuer's report does.
        var omitted = random.Next(4) == 0 ? _optional.Where(_ => random.Next(2) == 0).ToHashSet() : [];
        return new CarStyle(width, height, font, Math.Round(size, 1), random.Next(2) == 0, 60 + random.Next(70),
            random.Next(0, 14), omitted, random.Next(3) == 0);
    }
}
