using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Model;
using CardProcessor.Extraction.Reconciliation;
using CardProcessor.Extraction.Tests.Fixtures;
using CardProcessor.Extraction.Tests.Layout;

namespace CardProcessor.Extraction.Tests.Extraction;

public sealed class DocumentExtractorTests
{
    [Fact]
    public void A_document_with_no_text_on_any_page_is_sent_to_ocr()
    {
        var error = Assert.Throws<DocumentHasNoTextException>(() => new DocumentExtractor()
            .Extract([SyntheticPage.Blank(1), SyntheticPage.Blank(2)]));

        Assert.Equal(2, error.PageCount);
    }

    [Fact]
    public void A_document_of_another_kind_is_refused_naming_what_was_expected()
    {
        var page = SyntheticPage.From(1, "Quarterly Newsletter", "Welcome to the spring edition of our newsletter.");

        var error = Assert.Throws<UnrecognizedDocumentException>(() => new DocumentExtractor().Extract([page]));

        Assert.Contains("cardholder activity report", error.Message, StringComparison.Ordinal);
        Assert.Contains("receipt images report", error.Message, StringComparison.Ordinal);
        Assert.Contains("Statement Period:", error.Message, StringComparison.Ordinal);
        Assert.Contains("Expense Receipt Report", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Newsletter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_pdf_is_reported_as_unreadable()
    {
        using var stream = new MemoryStream("this is not a PDF at all"u8.ToArray());

        Assert.Throws<UnreadablePdfException>(() => new DocumentExtractor().Extract(PdfLayoutReader.ReadPages(stream)));
    }

    [Fact]
    public void Scanned_pages_are_listed_and_the_pages_with_text_are_still_read()
    {
        const string fixture = "car/receipt-images-2001-002.pdf";
        using var pdf = File.OpenRead(SharedFixtures.PathOf(fixture));
        var pages = PdfLayoutReader.ReadPages(pdf).Select(p => p.Number == 2 ? p with { Words = [] } : p).ToList();

        var document = new DocumentExtractor().Extract(pages);

        Assert.Equal([2], document.PagesWithoutText);
        Assert.Equal(pages.Count - 1, document.Receipts.Count);
        Assert.DoesNotContain(document.Receipts, r => r.Page == 2);
        Assert.Contains(document.Findings, f => f.Code == FindingCodes.PageWithoutText && f.Page == 2);
    }

    [Theory]
    [InlineData("car/car-2001-002.pdf")]
    [InlineData("car/receipt-images-2001-002.pdf")]
    [InlineData("statements/statement-1001-007.pdf")]
    [InlineData("statements/receipts-1001-007.pdf")]
    public void Words_in_another_reading_order_with_jittered_boxes_extract_the_same(string fixture)
    {
        var expected = FixtureExtraction.ExtractJson(fixture).ToJsonString();
        var random = new Random(3);
        using var pdf = File.OpenRead(SharedFixtures.PathOf(fixture));

        // Document Intelligence delivers its own reading order and slightly different boxes.
        var pages = PdfLayoutReader.ReadPages(pdf)
            .Select(p => p with
            {
                Source = LayoutSource.DocumentIntelligence,
                Words = p.Words
                    .OrderBy(_ => random.Next())
                    .Select(w => Jitter(w, random))
                    .ToList(),
            })
            .ToList();

        var document = new DocumentExtractor().Extract(pages);

        Assert.Equal(expected,
            Json.ExtractedDocumentJson.Serialize(document)
            .Replace("\r", string.Empty, StringComparison.Ordinal) is var json
            ? System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString()
            : null);
    }

    [Fact]
    public void Recognition_of_a_blank_first_page_gives_nothing() =>
        Assert.Null(DocumentExtractor.Recognize(SyntheticPage.Blank(1)));

    [Fact]
    public void A_full_card_number_printed_in_a_merchant_name_leaves_the_engine_masked()
    {
        var page = SyntheticPage.From(
            1,
            "ACME TOOLING",
            "Statement Period: 03/01/2026 - 03/31/2026",
            "Cardholder: ADA MERCER Account: XXXX-XXXX-XXXX-4242",
            "Trans Date  Reference    Merchant                                 Amount",
            "03/02/2026  12345678901  REFUND TO 4111 1111 1111 4242 AT SHOP    $12.00",
            "Total for ADA MERCER: $12.00",
            "Statement Total: $12.00");

        var document = new DocumentExtractor().Extract([page]);

        var transaction = Assert.Single(Assert.Single(document.Cardholders).Transactions);
        Assert.Equal("REFUND TO **** **** **** 4242 AT SHOP", transaction.Merchant);
        Assert.Equal("12345678901", transaction.Reference);
        Assert.Empty(document.Findings);
    }

    private static LayoutWord Jitter(LayoutWord word, Random random)
    {
        var dx = (random.NextDouble() - 0.5) * 0.6;
        var dy = (random.NextDouble() - 0.5) * 0.6;
        return word with { Left = word.Left + dx, Right = word.Right + dx, Top = word.Top + dy, Bottom = word.Bottom
            + dy };
    }
}
