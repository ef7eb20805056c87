namespace CardProcessor.Extraction.Layout;

/// <summary>
/// Groups a page's words into text lines by their vertical position, whatever order the source
/// delivered them in (PdfPig gives content order, Document Intelligence its own reading order).
/// </summary>
/// <remarks>
/// A word joins a line when its vertical centre is within a fraction of its height of the line's
/// centre and its height is similar. The height test keeps small print (a footer disclaimer) that
/// overlaps a table row out of that row; the centre test keeps a page footer drawn a few points
/// off a row apart from it.
/// </remarks>
internal static class LineBuilder
{
    private const double CentreTolerance = 0.3;
    private const double HeightRatioLimit = 1.4;

    public static IReadOnlyList<LayoutLine> Build(IEnumerable<LayoutWord> words)
    {
        var ordered = words.Where(w => w.Text.Length > 0).OrderBy(w => w.CenterY).ToList();
        var open = new List<LineAccumulator>();
        var lines = new List<LineAccumulator>();
        foreach (var word in ordered)
        {
            LineAccumulator? best = null;
            var bestDistance = double.MaxValue;
            for (var i = open.Count - 1; i >= 0; i--)
            {
                var line = open[i];
                var distance = Math.Abs(line.CenterY - word.CenterY);
                var tolerance = CentreTolerance * Math.Min(line.Height, word.Height);
                if (distance > CentreTolerance * Math.Max(line.Height, word.Height) && line.CenterY < word.CenterY)
                {
                    // Words come in order of their centre, so this line can take no more words.
                    open.RemoveAt(i);
                    continue;
                }

                var ratio = Math.Max(line.Height, word.Height) / Math.Max(Math.Min(line.Height, word.Height), 0.01);
                if (distance <= tolerance && ratio <= HeightRatioLimit && distance < bestDistance)
                {
                    best = line;
                    bestDistance = distance;
                }
            }

            if (best is null)
            {
                best = new LineAccumulator();
                open.Add(best);
                lines.Add(best);
            }

            best.Add(word);
        }

        return lines
            .Select(l => new LayoutLine(l.Words.OrderBy(w => w.Left).ToList()))
            .OrderBy(l => l.Top)
            .ThenBy(l => l.Left)
            .ToList();
    }

    private sealed class LineAccumulator
    {
        private double _centreSum;
        private double _heightSum;

        public List<LayoutWord> Words { get; } = [];

        public double CenterY => _centreSum / Words.Count;

        public double Height => _heightSum / Words.Count;

        public void Add(LayoutWord word)
        {
            Words.Add(word);
            _centreSum += word.CenterY;
            _heightSum += word.Height;
        }
    }
}
