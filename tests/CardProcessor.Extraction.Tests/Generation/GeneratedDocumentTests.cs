using CardProcessor.Extraction.Tests.Generation.CardActivity;
using CardProcessor.Extraction.Tests.Generation.Receipts;
using CardProcessor.Extraction.Tests.Generation.Statements;

namespace CardProcessor.Extraction.Tests.Generation;

/// <summary>
/// Documents generated from fixed seeds, in layouts the fixtures do not have, extract exactly to
/// what was generated. Each family gets its own seed range so the total stays above 200 per run.
/// </summary>
public sealed class GeneratedDocumentTests
{
    private const int DocumentsPerFamily = 60;

    public static TheoryData<int> Seeds() => new(Enumerable.Range(1, DocumentsPerFamily));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generated_card_activity_reports_round_trip_exactly(int seed) =>
        GeneratedDocumentAssertions.RoundTripsExactly(CardActivityReportGenerator.Generate(seed));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generated_issuer_statements_round_trip_exactly(int seed) =>
        GeneratedDocumentAssertions.RoundTripsExactly(IssuerStatementGenerator.Generate(seed));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generated_receipt_images_reports_round_trip_exactly(int seed) =>
        GeneratedDocumentAssertions.RoundTripsExactly(ReceiptImagesGenerator.Generate(seed));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generated_simple_receipt_reports_round_trip_exactly(int seed) =>
        GeneratedDocumentAssertions.RoundTripsExactly(SimpleReceiptGenerator.Generate(seed));
}
