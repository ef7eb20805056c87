using System.Text.Json.Nodes;
using CardProcessor.DocumentIntelligence.Tests.Support;
using CardProcessor.Extraction;
using DocumentIntelligenceEmulator.Sidecars;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace CardProcessor.DocumentIntelligence.Tests.Emulator;

/// <summary>Documents without a text layer: the emulator answers them from sidecars, as OCR would.</summary>
public sealed class ScannedDocumentTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task A_page_without_text_layer_and_without_sidecar_comes_back_empty_with_a_warning()
    {
        var scan = BlankPdf(pages: 1);

        var analysis = await emulator.CreateClient()
            .AnalyzeLayoutAsync(new MemoryStream(scan), cancellationToken: TestContext.Current.CancellationToken);

        var page = Assert.Single(analysis.Pages);
        Assert.False(page.HasText);
        var warning = Assert.Single(analysis.Result.Warnings!);
        Assert.Equal("EmulatorNoTextLayer", warning.Code);
        Assert.Contains(EmulatorSidecars.Sha256(scan), warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scan_with_the_sidecar_of_its_original_reads_like_the_original()
    {
        var original = SharedFixtures.Bytes("car", "car-2001-002.pdf");
        var scan = BlankPdf(pages: PdfLayoutReader.CountPages(new MemoryStream(original)));
        EmulatorSidecars.Write(emulator.SidecarDirectory, scan, EmulatorSidecars.PagesFromTextPdf(original));

        var analysis = await emulator.CreateClient()
            .AnalyzeLayoutAsync(new MemoryStream(scan), cancellationToken: TestContext.Current.CancellationToken);

        LayoutAssert.SameWords(PdfLayoutReader.ReadPages(new MemoryStream(original)).ToList(), analysis.Pages, 1e-6);
        Assert.Null(analysis.Result.Warnings);
    }

    [Fact]
    public async Task A_receipt_photo_is_answered_from_a_service_response_saved_as_its_sidecar()
    {
        var photo = FakePng(seed: 1);
        var saved = JsonNode.Parse(
            File.ReadAllText(
            SharedFixtures.PathOf("docintel", "service-output-2022-08-31", "receipt-model-output.json")))!;
        EmulatorSidecars.Write(emulator.SidecarDirectory, photo, saved, "prebuilt-receipt");

        var receipts = await emulator.CreateClient()
            .AnalyzeReceiptAsync(new MemoryStream(photo), TestContext.Current.CancellationToken);

        var receipt = Assert.Single(receipts);
        Assert.Equal("Contoso", receipt.MerchantName);
        Assert.Equal(2516.28m, receipt.Total);
    }

    [Fact]
    public async Task A_model_specific_sidecar_wins_over_the_general_one()
    {
        var photo = FakePng(seed: 2);
        var saved = JsonNode.Parse(
            File.ReadAllText(
            SharedFixtures.PathOf("docintel", "service-output-2022-08-31", "receipt-model-output.json")))!;
        EmulatorSidecars.Write(emulator.SidecarDirectory, photo, new JsonObject { ["pages"] = new JsonArray() });
        EmulatorSidecars.Write(emulator.SidecarDirectory, photo, saved, "prebuilt-receipt");
        var client = emulator.CreateClient();

        var receipts = await client.AnalyzeReceiptAsync(new MemoryStream(photo), TestContext.Current.CancellationToken);
        var layout = await client.AnalyzeLayoutAsync(new MemoryStream(photo),
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Single(receipts);
        Assert.Empty(layout.Pages);
    }

    [Fact]
    public async Task An_image_without_sidecar_fails_the_operation_naming_the_missing_file()
    {
        var photo = FakePng(seed: 3);

        var error = await Assert.ThrowsAsync<DocumentAnalysisFailedException>(
            () =>
                emulator.CreateClient()
                .AnalyzeLayoutAsync(new MemoryStream(photo), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("EmulatorSidecarMissing", error.InnerErrorCode);
        Assert.Contains(EmulatorSidecars.FileName(photo), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pixel_sidecar_is_scaled_to_a_letter_width()
    {
        var photo = FakePng(seed: 4);
        var sidecar = new JsonObject
        {
            ["pages"] = new JsonArray(new JsonObject
            {
                ["pageNumber"] = 1,
                ["width"] = 1000,
                ["height"] = 2000,
                ["unit"] = "pixel",
                ["words"] = new JsonArray(
                    new JsonObject { ["content"] = "TOTAL",
                    ["polygon"] = new JsonArray(100, 200, 300, 200, 300, 250, 100, 250) }),
            }),
        };
        EmulatorSidecars.Write(emulator.SidecarDirectory, photo, sidecar);

        var analysis = await emulator.CreateClient()
            .AnalyzeLayoutAsync(new MemoryStream(photo), cancellationToken: TestContext.Current.CancellationToken);

        var page = Assert.Single(analysis.Pages);
        Assert.Equal((612d, 1224d), (page.Width, page.Height));
        var word = Assert.Single(page.Words);
        Assert.Equal(("TOTAL", 61.2, 122.4, 183.6, 153.0),
            (word.Text, Math.Round(word.Left, 9), Math.Round(word.Top, 9), Math.Round(word.Right, 9),
            Math.Round(word.Bottom, 9)));
        Assert.Equal("TOTAL", analysis.Result.Content);
    }

    private static byte[] BlankPdf(int pages)
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < pages; i++)
        {
            builder.AddPage(PageSize.Letter);
        }

        return builder.Build();
    }

    // The emulator tells an image by its signature; the rest only has to make the bytes (and the hash) unique.
    private static byte[] FakePng(int seed)
    {
        var bytes = new byte[64];
        new Random(seed).NextBytes(bytes);
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        signature.CopyTo(bytes, 0);
        return bytes;
    }
}
