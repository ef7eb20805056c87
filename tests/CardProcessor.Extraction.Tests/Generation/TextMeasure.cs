using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace CardProcessor.Extraction.Tests.Generation;

/// <summary>Text widths in the standard-14 fonts, measured once per character with PdfPig's writer.</summary>
internal static class TextMeasure
{
    private static readonly Lock _lock = new();
    private static readonly Dictionary<(Standard14Font, char), double> _widths = [];
    private static readonly PdfDocumentBuilder _builder = new();
    private static readonly PdfPageBuilder _page = _builder.AddPage(612, 792);
    private static readonly Dictionary<Standard14Font, PdfDocumentBuilder.AddedFont> _fonts = [];

    public static double Width(string text, PdfFontFamily family, bool bold, double size)
    {
        var font = family.Font(bold);
        var width = 0d;
        lock (_lock)
        {
            foreach (var c in text)
            {
                if (!_widths.TryGetValue((font, c), out var unit))
                {
                    unit = MeasureUnit(font, c);
                    _widths[(font, c)] = unit;
                }

                width += unit;
            }
        }

        return width * size;
    }

    private static double MeasureUnit(Standard14Font font, char c)
    {
        if (!_fonts.TryGetValue(font, out var added))
        {
            added = _builder.AddStandard14Font(font);
            _fonts[font] = added;
        }

        var letters = _page.MeasureText($"{c}", 100, new PdfPoint(0, 0), added);
        return letters.Count == 0 ? 0.5 : (letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X) / 100;
    }
}
