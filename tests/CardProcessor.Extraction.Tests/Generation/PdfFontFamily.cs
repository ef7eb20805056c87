using UglyToad.PdfPig.Fonts.Standard14Fonts;

namespace CardProcessor.Extraction.Tests.Generation;

/// <summary>The standard-14 font families the generator prints with (proportional sans and serif, and
/// monospace).</summary>
internal enum PdfFontFamily
{
    Helvetica,
    Times,
    Courier,
}

internal static class PdfFontFamilyExtensions
{
    public static Standard14Font Font(this PdfFontFamily family, bool bold) => (family, bold) switch
    {
        (PdfFontFamily.Helvetica, false) => Standard14Font.Helvetica,
        (PdfFontFamily.Helvetica, true) => Standard14Font.HelveticaBold,
        (PdfFontFamily.Times, false) => Standard14Font.TimesRoman,
        (PdfFontFamily.Times, true) => Standard14Font.TimesBold,
        (PdfFontFamily.Courier, false) => Standard14Font.Courier,
        _ => Standard14Font.CourierBold,
    };
}
