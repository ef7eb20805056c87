using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace CardProcessor.Cli.Extraction;

/// <summary>Writes the benchmark report's laid-out pages to a PDF, with the footer and "Page n of N" on each.</summary>
internal static class BenchReportRenderer
{
    public static void Render(string path, IReadOnlyList<List<(string Text, double X, double Y, bool Right)>> pages,
        double width, double height, double size)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var p = 0; p < pages.Count; p++)
        {
            var page = builder.AddPage(width, height);
            var footer = new[]
            {
                ("Cardholder Activity Report General vr04162026092536", 30d, height - 52, false),
                ($"Page {p + 1} of {pages.Count}", width - 28, height - 52, true),
            };
            foreach (var (text, x, y, right) in pages[p].Concat(footer))
            {
                var left = right ? x - Measure(page, font, text, size) : x;
                page.AddText(text, size, new PdfPoint(left, height - y), font);
            }
        }

        File.WriteAllBytes(path, builder.Build());
    }

    private static double Measure(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, string text, double size)
    {
        var letters = page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }
}
