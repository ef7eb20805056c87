using CardProcessor.DocumentIntelligence.Tests.Support;
using CardProcessor.Extraction;
using CardProcessor.Extraction.Layout;

namespace CardProcessor.DocumentIntelligence.Tests.Client;

public sealed class AnalyzeLayoutTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    // The emulator sends inches; back in points the words may differ by rounding only.
    private const double Tolerance = 1e-6;

    [Theory]
    [InlineData("car", "car-2001-002.pdf")]
    [InlineData("statements", "receipts-1001-000.pdf")]
    [InlineData("car", "receipt-images-2001-000.pdf")]
    public async Task Text_pdf_reads_as_the_same_words_as_the_local_pdf_pig_reader(string folder, string file)
    {
        var pdf = SharedFixtures.Bytes(folder, file);
        var local = PdfLayoutReader.ReadPages(new MemoryStream(pdf)).ToList();

        var analysis = await emulator.CreateClient()
            .AnalyzeLayoutAsync(new MemoryStream(pdf), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains(local, page => page.HasText);
        LayoutAssert.SameWords(local, analysis.Pages, Tolerance);
        Assert.All(analysis.Pages, page => Assert.Equal(LayoutSource.DocumentIntelligence, page.Source));
        Assert.Equal("prebuilt-layout", analysis.Result.ModelId);
    }

    [Fact]
    public async Task Spans_index_the_content_in_utf16_code_units()
    {
        var pdf = SharedFixtures.Bytes("car", "car-2001-002.pdf");

        var result = (await emulator.CreateClient()
            .AnalyzeLayoutAsync(new MemoryStream(pdf), cancellationToken: TestContext.Current.CancellationToken))
            .Result;

        Assert.Equal("utf16CodeUnit", result.StringIndexType);
        var words = result.Pages.SelectMany(p => p.Words!).ToList();
        Assert.NotEmpty(words);
        Assert.All(words,
            word => Assert.Equal(word.Content, result.Content.Substring(word.Span.Offset, word.Span.Length)));
        Assert.All(result.Pages.SelectMany(p => p.Lines!), line =>
            Assert.Equal(line.Content, result.Content.Substring(line.Spans[0].Offset, line.Spans[0].Length)));
    }

    [Fact]
    public async Task Sends_the_document_as_pdf_bytes_with_the_protocols_query_and_deletes_the_result_after_reading_it()
    {
        var start = emulator.RequestCount;
        var pdf = SharedFixtures.Bytes("car", "car-2001-002.pdf");

        await emulator.CreateClient()
            .AnalyzeLayoutAsync(new MemoryStream(pdf), "1", TestContext.Current.CancellationToken);

        var requests = emulator.RequestsSince(start);
        var analyze = Assert.Single(requests, r => r.Method == "POST");
        Assert.Equal("/documentintelligence/documentModels/prebuilt-layout:analyze", analyze.Path);
        Assert.Contains("api-version=2024-11-30", analyze.Query, StringComparison.Ordinal);
        Assert.Contains("stringIndexType=utf16CodeUnit", analyze.Query, StringComparison.Ordinal);
        Assert.Contains("pages=1", analyze.Query, StringComparison.Ordinal);
        Assert.Equal("application/pdf", analyze.ContentType);
        Assert.StartsWith("azsdk-net-CardProcessor.DocumentIntelligence/", analyze.UserAgent, StringComparison.Ordinal);
        Assert.Equal(202, analyze.StatusCode);

        // One running poll, then the result; then the clean-up.
        Assert.Equal(2, requests.Count(r => r.Method == "GET"));
        var delete = Assert.Single(requests, r => r.Method == "DELETE");
        Assert.Equal(204, delete.StatusCode);
        Assert.Equal(0, emulator.Emulator.Operations.Count);
    }

    [Fact]
    public async Task Pages_limits_the_analysis_to_those_pages()
    {
        var pdf = SharedFixtures.Bytes("statements", "receipts-1001-000.pdf");
        var local = PdfLayoutReader.ReadPages(new MemoryStream(pdf)).ToList();
        Assert.True(local.Count >= 2, "The fixture needs two pages.");

        var analysis = await emulator.CreateClient()
            .AnalyzeLayoutAsync(new MemoryStream(pdf), "2", TestContext.Current.CancellationToken);

        LayoutAssert.SameWords([local[1]], analysis.Pages, Tolerance);
    }

    [Fact]
    public async Task Base64_json_upload_gives_the_same_result_as_raw_bytes()
    {
        var start = emulator.RequestCount;
        var pdf = BinaryData.FromBytes(SharedFixtures.Bytes("car", "car-2001-002.pdf"));
        var client = emulator.CreateClient();

        var raw = await client.AnalyzeDocumentAsync("prebuilt-layout", pdf,
            cancellationToken: TestContext.Current.CancellationToken);
        var base64 = await client.AnalyzeDocumentAsync("prebuilt-layout", pdf,
            new AnalyzeDocumentOptions { SendAsBase64Json = true }, TestContext.Current.CancellationToken);

        Assert.Equal(raw.Content, base64.Content);
        Assert.Equal(
            raw.Pages.SelectMany(p => p.Words!).Select(w => (w.Content, string.Join(',', w.Polygon!))),
            base64.Pages.SelectMany(p => p.Words!).Select(w => (w.Content, string.Join(',', w.Polygon!))));
        Assert.Equal(["application/pdf", "application/json"],
            emulator.RequestsSince(start).Where(r => r.Method == "POST").Select(r => r.ContentType));
    }
}
