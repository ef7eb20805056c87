using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Tests.Fixtures;

namespace CardProcessor.Extraction.Tests.Extraction;

public sealed class PdfLayoutReaderTests
{
    private const string Fixture = "car/car-2001-002.pdf";

    [Fact]
    public void Pages_can_be_counted_and_then_read_from_the_same_open_stream()
    {
        using var pdf = File.OpenRead(SharedFixtures.PathOf(Fixture));

        var count = PdfLayoutReader.CountPages(pdf);
        var pages = PdfLayoutReader.ReadPages(pdf).ToList();

        Assert.Equal(4, count);
        Assert.Equal([1, 2, 3, 4], pages.Select(p => p.Number));
        Assert.All(pages, p => Assert.True(p.HasText));
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_read_like_a_file()
    {
        var bytes = File.ReadAllBytes(SharedFixtures.PathOf(Fixture));
        using var forwardOnly = new ForwardOnlyStream(bytes);

        var pages = PdfLayoutReader.ReadPages(forwardOnly).ToList();

        Assert.Equal(4, pages.Count);
    }

    [Fact]
    public void Words_have_top_left_boxes_inside_the_page()
    {
        using var pdf = File.OpenRead(SharedFixtures.PathOf(Fixture));

        var page = PdfLayoutReader.ReadPages(pdf).First();

        Assert.Equal((1008d, 612d), (page.Width, page.Height));
        Assert.Equal(LayoutSource.PdfTextLayer, page.Source);
        Assert.All(page.Words,
            w =>
            Assert.True(w.Left >= 0 && w.Right <= page.Width && w.Top >= 0 && w.Bottom <= page.Height
            && w.Top < w.Bottom));

        // The report title is printed above the section it heads.
        var title = page.Words.First(w => w.Text == "Cardholder");
        var trailer = page.Words.First(w => w.Text == "Customer");
        Assert.True(title.Top < trailer.Top);
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
