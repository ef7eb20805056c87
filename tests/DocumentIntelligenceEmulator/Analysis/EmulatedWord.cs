namespace DocumentIntelligenceEmulator.Analysis;

/// <summary>A word to report, with its polygon in the page's unit.</summary>
/// <param name="Polygon">Flat <c>[x1, y1, …, x4, y4]</c>, clockwise from the top-left corner.</param>
public sealed record EmulatedWord(string Text, IReadOnlyList<double> Polygon, double Confidence)
{
    public double Top => Ys().Min();

    public double Bottom => Ys().Max();

    public double Height => Bottom - Top;

    public double CenterY => (Top + Bottom) / 2;

    /// <summary>A word from an axis-aligned box.</summary>
    public static EmulatedWord FromBox(string text, double left, double top, double right, double bottom,
        double confidence = 1) =>
        new(text, [left, top, right, top, right, bottom, left, bottom], confidence);

    private IEnumerable<double> Ys() => Polygon.Where((_, index) => index % 2 == 1);
}
