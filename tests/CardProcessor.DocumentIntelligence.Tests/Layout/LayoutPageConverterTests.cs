using System.Text.Json;
using System.Text.Json.Nodes;
using CardProcessor.DocumentIntelligence.Layout;
using CardProcessor.DocumentIntelligence.Model;
using CardProcessor.DocumentIntelligence.Protocol;
using CardProcessor.DocumentIntelligence.Tests.Support;
using CardProcessor.Extraction.Layout;

namespace CardProcessor.DocumentIntelligence.Tests.Layout;

public sealed class LayoutPageConverterTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void Inches_become_points_with_the_origin_kept_top_left()
    {
        var page = Page("inch", 8.5, 11, Word("Total", 1, 2, 1.5, 2.25));

        var converted = LayoutPageConverter.ToLayoutPage(page);

        Assert.Equal(612, converted.Width, Tolerance);
        Assert.Equal(792, converted.Height, Tolerance);
        var word = Assert.Single(converted.Words);
        Assert.Equal(new LayoutWord("Total", 72, 144, 108, 162), word);
        Assert.Equal(LayoutSource.DocumentIntelligence, converted.Source);
    }

    [Fact]
    public void Image_pages_are_scaled_so_the_shorter_side_is_a_letter_width()
    {
        var page = Page("pixel", 1700, 2200, Word("Total", 170, 220, 340, 264));

        var converted = LayoutPageConverter.ToLayoutPage(page);

        // 1700 px → 612 pt: 0.36 pt per pixel, on both axes.
        Assert.Equal(612, converted.Width, Tolerance);
        Assert.Equal(792, converted.Height, Tolerance);
        var word = Assert.Single(converted.Words);
        Assert.Equal(61.2, word.Left, Tolerance);
        Assert.Equal(79.2, word.Top, Tolerance);
        Assert.Equal(122.4, word.Right, Tolerance);
        Assert.Equal(95.04, word.Bottom, Tolerance);
    }

    [Fact]
    public void Microsofts_pixel_layout_sample_keeps_its_aspect()
    {
        var result = JsonNode.Parse(
            File.ReadAllText(
            SharedFixtures.PathOf("docintel", "service-output-2022-08-31", "layout-model-output.json")))![
            "analyzeResult"]
            .Deserialize<AnalyzeResult>(DocumentIntelligenceJson.Options)!;

        var page = Assert.Single(LayoutPageConverter.ToLayoutPages(result));

        Assert.Equal(612, page.Width, Tolerance);
        Assert.Equal(1177.0 / 909 * 612, page.Height, Tolerance);
        Assert.Equal(result.Pages[0].Words!.Count, page.Words.Count);
        Assert.All(page.Words,
            w =>
            Assert.True(w.Left >= 0 && w.Right <= page.Width && w.Top >= 0 && w.Bottom <= page.Height && w.Width > 0
            && w.Height > 0));
    }

    [Fact]
    public void A_skewed_scan_is_straightened_so_a_lines_words_share_their_height()
    {
        // One printed line at y = 5 in, scanned turned 2° clockwise about the page centre.
        var words = new[] { ("Date", 1.0), ("Merchant", 3.0), ("123.45", 7.0) }
            .Select(w => RotatedWord(w.Item1, w.Item2, 5, w.Item2 + 0.6, 5.2, angleDegrees: 2))
            .ToArray();
        var page = Page("inch", 8.5, 11, words) with { Angle = 2 };

        var converted = LayoutPageConverter.ToLayoutPage(page);

        Assert.All(converted.Words, w => Assert.Equal(5.1 * 72, w.CenterY, 1e-6));
        Assert.Equal(72, converted.Words[0].Left, 1e-6);
    }

    [Theory]
    [InlineData(90)]
    [InlineData(-90)]
    [InlineData(180)]
    public void A_page_turned_by_quarter_turns_is_turned_upright(double angle)
    {
        // An upright letter page's word at (1 in, 2 in)–(2 in, 2.5 in), then the whole page turned by the angle.
        var (width, height) = Math.Abs(angle) == 90 ? (11.0, 8.5) : (8.5, 11.0);
        var word = RotatedPageWord("Total", 1, 2, 2, 2.5, angle);
        var page = Page("inch", width, height, word) with { Angle = angle };

        var converted = LayoutPageConverter.ToLayoutPage(page);

        Assert.Equal(612, converted.Width, 1e-6);
        Assert.Equal(792, converted.Height, 1e-6);
        var upright = Assert.Single(converted.Words);
        Assert.Equal(72, upright.Left, 1e-6);
        Assert.Equal(144, upright.Top, 1e-6);
        Assert.Equal(144, upright.Right, 1e-6);
        Assert.Equal(180, upright.Bottom, 1e-6);
    }

    [Fact]
    public void Pages_without_a_size_are_refused()
    {
        var page = new DocumentPage { PageNumber = 1, Unit = null, Words = [] };

        Assert.Throws<InvalidDataException>(() => LayoutPageConverter.ToLayoutPage(page));
    }

    private static DocumentPage Page(string unit, double width, double height, params DocumentWord[] words) =>
        new() { PageNumber = 1, Unit = unit, Width = width, Height = height, Angle = 0, Words = words };

    private static DocumentWord Word(string text, double left, double top, double right, double bottom) =>
        new(text, [left, top, right, top, right, bottom, left, bottom], new DocumentSpan(0, text.Length), 0.99);

    // The word's corners turned clockwise (on screen, y down) about the centre of a letter page.
    private static DocumentWord RotatedWord(string text, double left, double top, double right, double bottom,
        double angleDegrees)
    {
        var radians = angleDegrees * Math.PI / 180;
        var (cx, cy) = (8.5 / 2, 11.0 / 2);
        double[] corners = [left, top, right, top, right, bottom, left, bottom];
        var polygon = new List<double>();
        for (var i = 0; i < corners.Length; i += 2)
        {
            var (dx, dy) = (corners[i] - cx, corners[i + 1] - cy);
            polygon.Add(cx + (dx * Math.Cos(radians)) - (dy * Math.Sin(radians)));
            polygon.Add(cy + (dx * Math.Sin(radians)) + (dy * Math.Cos(radians)));
        }

        return new DocumentWord(text, polygon, new DocumentSpan(0, text.Length), 0.99);
    }

    // Where a point of an upright 8.5 × 11 in page lands once the page is turned by a multiple of 90°.
    private static DocumentWord RotatedPageWord(string text, double left, double top, double right, double bottom,
        double angle)
    {
        (double X, double Y) Turn(double x, double y) => angle switch
        {
            90 => (11 - y, x),
            -90 => (y, 8.5 - x),
            _ => (8.5 - x, 11 - y),
        };

        var points = new[] { Turn(left, top), Turn(right, top), Turn(right, bottom), Turn(left, bottom) };
        return new DocumentWord(text, [.. points.SelectMany(p => new[] { p.X, p.Y })], new DocumentSpan(0, text.Length),
            0.99);
    }
}
