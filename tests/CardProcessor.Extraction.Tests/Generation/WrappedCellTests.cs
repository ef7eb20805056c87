using CardProcessor.Extraction.Tests.Generation.Statements;

namespace CardProcessor.Extraction.Tests.Generation;

/// <summary>
/// Cells wrapped after a hyphen join without a space, and a foreign-currency memo printed on the
/// merchant's line of a layout with a City column goes to <c>foreign</c>, not the merchant or city.
/// </summary>
public sealed class WrappedCellTests
{
    private const int Documents = 40;

    public static TheoryData<int> Seeds() => new(Enumerable.Range(1, Documents));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Statements_with_cells_wrapped_after_a_hyphen_round_trip_exactly(int seed) =>
        GeneratedDocumentAssertions.RoundTripsExactly(WrappedCellStatementGenerator.HyphenWraps(seed));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Statements_with_the_foreign_memo_on_the_merchant_line_round_trip_exactly(int seed) =>
        GeneratedDocumentAssertions.RoundTripsExactly(WrappedCellStatementGenerator.MemoOnMerchantLine(seed));
}
