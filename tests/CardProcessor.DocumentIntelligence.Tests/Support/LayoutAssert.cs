using CardProcessor.Extraction.Layout;

namespace CardProcessor.DocumentIntelligence.Tests.Support;

internal static class LayoutAssert
{
    /// <summary>Same pages, same words in the same order, every coordinate within <paramref name="tolerance"/>
    /// points.</summary>
    public static void SameWords(IReadOnlyList<LayoutPage> expected, IReadOnlyList<LayoutPage> actual, double tolerance)
    {
        Assert.Equal(expected.Select(p => p.Number), actual.Select(p => p.Number));
        foreach (var (want, got) in expected.Zip(actual))
        {
            Assert.Equal(want.Width, got.Width, tolerance);
            Assert.Equal(want.Height, got.Height, tolerance);
            Assert.Equal(want.Words.Select(w => w.Text), got.Words.Select(w => w.Text));
            foreach (var (w, g) in want.Words.Zip(got.Words))
            {
                Assert.True(
                    Math.Abs(w.Left - g.Left) <= tolerance && Math.Abs(w.Top - g.Top) <= tolerance
                    && Math.Abs(w.Right - g.Right) <= tolerance && Math.Abs(w.Bottom - g.Bottom) <= tolerance,
                    $"Page {want.Number} word '{w.Text}': expected {w}, got {g}.");
            }
        }
    }
}
