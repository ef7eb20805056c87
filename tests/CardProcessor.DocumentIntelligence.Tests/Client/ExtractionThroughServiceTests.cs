using CardProcessor.DocumentIntelligence.Tests.Support;
using CardProcessor.Extraction;
using CardProcessor.Extraction.Json;

namespace CardProcessor.DocumentIntelligence.Tests.Client;

/// <summary>
/// What <c>cardprocessor extract FILE --mode DocumentIntelligence</c> does: the same parsers fed from
/// <c>prebuilt-layout</c> instead of the text layer must print the same JSON for a text PDF.
/// </summary>
public sealed class ExtractionThroughServiceTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    public static TheoryData<string, string> TextFixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { "car", "statements" })
        {
            // The two largest fixtures (188 and 133 pages) add minutes and no new layout.
            foreach (var file in Directory.EnumerateFiles(SharedFixtures.PathOf(folder), "*.pdf")
                .Where(f => new FileInfo(f).Length < 3_000_000).Order())
            {
                data.Add(folder, Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TextFixtures))]
    public async Task A_text_pdf_read_through_the_service_extracts_to_the_same_json_as_locally(string folder,
        string file)
    {
        var pdf = SharedFixtures.Bytes(folder, file);
        var local = Json(new DocumentExtractor().Extract(PdfLayoutReader.ReadPages(new MemoryStream(pdf))));

        var analysis = await emulator.CreateClient()
            .AnalyzeLayoutAsync(new MemoryStream(pdf), cancellationToken: TestContext.Current.CancellationToken);
        var remote = Json(new DocumentExtractor().Extract(analysis.Pages));

        Assert.Equal(local, remote);
    }

    private static string Json(Extraction.Model.ExtractedDocument document)
    {
        using var buffer = new MemoryStream();
        ExtractedDocumentJson.Write(buffer, document);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
