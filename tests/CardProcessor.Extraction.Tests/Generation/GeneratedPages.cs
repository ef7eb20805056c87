using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace CardProcessor.Extraction.Tests.Generation;

/// <summary>
/// Pages being laid out (text runs in top-left coordinates), rendered to a PDF at the end so that
/// furniture such as "Page n of N" can be added once the page count is known.
/// </summary>
internal sealed class GeneratedPages(double width, double height, PdfFontFamily family, bool wordByWord)
{
    private readonly List<List<TextRun>> _pages = [];

    public double Width { get; } = width;

    public double Height { get; } = height;

    public PdfFontFamily Family { get; } = family;

    public int Count => _pages.Count;

    public void NewPage() => _pages.Add([]);

    public void Text(string text, double x, double baseline, double size, bool bold = false, bool alignRight = false)
    {
        if (text.Length > 0)
        {
            _pages[^1].Add(new TextRun(text, x, baseline, size, bold, alignRight));
        }
    }

    /// <summary>Adds text to a page already laid out (footers with page numbers).</summary>
    public void TextOn(int pageIndex, string text, double x, double baseline, double size, bool bold = false,
        bool alignRight = false) =>
        _pages[pageIndex].Add(new TextRun(text, x, baseline, size, bold, alignRight));

    public double Measure(string text, double size, bool bold = false) => TextMeasure.Width(text, Family, bold, size);

    /// <summary>
    /// Writes the PDF. Word by word, each word is drawn on its own with no space glyphs between
    /// (as HTML renderers do); otherwise whole strings with their spaces (as report writers do).
    /// </summary>
    public byte[] Render()
    {
        using var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Family.Font(bold: false));
        var bold = builder.AddStandard14Font(Family.Font(bold: true));
        foreach (var runs in _pages)
        {
            var page = builder.AddPage(Width, Height);
            foreach (var run in runs)
            {
                var font = run.Bold ? bold : regular;
                var x = run.AlignRight ? run.X - Measure(run.Text, run.Size, run.Bold) : run.X;
                var y = Height - run.Baseline;
                if (!wordByWord)
                {
                    page.AddText(run.Text, run.Size, new PdfPoint(x, y), font);
                    continue;
                }

                var space = Measure(" ", run.Size, run.Bold);
                foreach (var word in run.Text.Split(' '))
                {
                    if (word.Length > 0)
                    {
                        page.AddText(word, run.Size, new PdfPoint(x, y), font);
                    }

                    x += Measure(word, run.Size, run.Bold) + space;
                }
            }
        }

        return builder.Build();
    }
}
