namespace CardProcessor.Extraction.Tests.Generation.GeneralStatements;

/// <summary>Generated statements of layouts outside the spec extract exactly and reconcile.</summary>
public sealed class GeneralStatementGenerationTests
{
    public static TheoryData<int> Seeds() => new(Enumerable.Range(1, 60));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generated_general_statements_round_trip_exactly(int seed) =>
        GeneratedDocumentAssertions.RoundTripsExactly(GeneralStatementGenerator.Generate(seed));
}
