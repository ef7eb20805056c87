namespace CardProcessor.Extraction.Tests.Generation.CardActivity;

/// <summary>How a generated card activity report is printed.</summary>
internal sealed record CarStyle(
    double PageWidth,
    double PageHeight,
    PdfFontFamily Font,
    double Size,
    bool WordByWord,
    double FooterLift,
    double RowsBelowFooter)
{
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
        return new CarStyle(width, height, font, Math.Round(size, 1), random.Next(2) == 0, 60 + random.Next(70), random.Next(0, 14));
    }
}
