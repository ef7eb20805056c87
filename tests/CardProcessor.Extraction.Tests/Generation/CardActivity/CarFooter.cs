using System.Globalization;

namespace CardProcessor.Extraction.Tests.Generation.CardActivity;

/// <summary>The page footer at a fixed place: the disclaimer in small print and the report stamp with "Page n of
/// N".</summary>
internal static class CarFooter
{
    public static void Add(GeneratedPages pages, CarStyle style, DateTime producedOn)
    {
        var baseline = style.PageHeight - style.FooterLift;
        var stamp = $"Cardholder Activity Report General "
            + $"vr{producedOn.ToString("MMddyyyyHHmmss", CultureInfo.InvariantCulture)}";
        for (var i = 0; i < pages.Count; i++)
        {
            pages.TextOn(i,
                "This is not an invoice. Gallons and other point of sale information is as accurate as the merchant "
                + "reporting abilities.", style.PageWidth * 0.3, baseline - (style.Size * 1.2), style.Size * 0.6);
            pages.TextOn(i, stamp, 28, baseline, style.Size);
            pages.TextOn(i, $"Page {i + 1} of {pages.Count}", style.PageWidth - 28, baseline, style.Size,
                alignRight: true);
        }
    }
}
