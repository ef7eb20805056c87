using CardProcessor.Extraction;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Processing.Tests.Infrastructure;

/// <summary>
/// The September 2026 card activity report and its receipt images report, extracted once for all tests.
/// </summary>
internal static class ExtractedFixtures
{
    private static readonly Lazy<ExtractedDocument> s_statement = new(() => Extract("car/car-2001-002.pdf"));
    private static readonly Lazy<ExtractedDocument> s_receipts = new(() => Extract("car/receipt-images-2001-002.pdf"));

    public static ExtractedDocument Statement => s_statement.Value;

    public static ExtractedDocument Receipts => s_receipts.Value;

    private static ExtractedDocument Extract(string fixture)
    {
        using var pdf = File.OpenRead(TestEnvironment.SharedFixture(fixture));
        return new DocumentExtractor().Extract(PdfLayoutReader.ReadPages(pdf));
    }
}
