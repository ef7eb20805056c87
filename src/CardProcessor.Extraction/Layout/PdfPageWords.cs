using UglyToad.PdfPig.Content;

namespace CardProcessor.Extraction.Layout;

/// <summary>
/// Turns a PdfPig page's letters into words with top-left-origin boxes. The letters are walked in
/// content order (producers write a text run's glyphs left to right), and a word ends at a space
/// glyph, a change of baseline or size, or a horizontal gap wider than a fraction of the font size
/// (HTML renderers such as Skia often omit space glyphs altogether).
/// </summary>
/// <remarks>
/// Boxes are built from the baseline and font size rather than from each glyph's outline, so that
/// every word on a text line gets the same top and bottom; that keeps the line builder's vertical
/// grouping independent of which letters a word happens to contain.
/// </remarks>
internal static class PdfPageWords
{
    // Fraction of the font size above and below the baseline that a word's box covers (one em in all).
    private const double AscentFactor = 0.8;
    private const double DescentFactor = 0.2;

    // A horizontal gap wider than this fraction of the font size separates two words.
    private const double WordGapFactor = 0.15;

    public static IReadOnlyList<LayoutWord> Read(Page page)
    {
        var letters = page.Letters;
        var words = new List<LayoutWord>(letters.Count / 5 + 1);
        var text = new System.Text.StringBuilder();
        double left = 0, right = 0, advanceEnd = 0, baseline = 0, size = 0;

        void Flush()
        {
            if (text.Length == 0)
            {
                return;
            }

            var top = page.Height - baseline - (AscentFactor * size);
            var bottom = page.Height - baseline + (DescentFactor * size);
            words.Add(new LayoutWord(text.ToString(), left, top, right, bottom));
            text.Clear();
        }

        foreach (var letter in letters)
        {
            var value = letter.Value;
            if (string.IsNullOrWhiteSpace(value))
            {
                Flush();
                continue;
            }

            var letterSize = letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
            var letterBaseline = letter.StartBaseLine.Y;
            var startX = letter.StartBaseLine.X;
            var glyph = letter.BoundingBox;
            var glyphLeft = glyph.Width > 0 ? Math.Min(glyph.Left, startX) : startX;
            var glyphRight = glyph.Width > 0 ? glyph.Right : letter.EndBaseLine.X;

            if (text.Length > 0)
            {
                var sameBaseline = Math.Abs(letterBaseline - baseline) <= 0.3 * Math.Min(size, letterSize);
                var similarSize = letterSize <= size * 1.3 && size <= letterSize * 1.3;
                var gap = startX - advanceEnd;
                var adjacent = gap <= WordGapFactor * size && gap >= -0.5 * size;
                if (!(sameBaseline && similarSize && adjacent))
                {
                    Flush();
                }
            }

            if (text.Length == 0)
            {
                left = glyphLeft;
                right = glyphRight;
                baseline = letterBaseline;
                size = letterSize;
            }
            else
            {
                left = Math.Min(left, glyphLeft);
                right = Math.Max(right, glyphRight);
            }

            text.Append(value);
            advanceEnd = Math.Max(letter.EndBaseLine.X, startX);
        }

        Flush();
        return words;
    }
}
