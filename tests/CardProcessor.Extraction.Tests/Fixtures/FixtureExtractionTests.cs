using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.Tests.Fixtures;

public sealed class FixtureExtractionTests
{
    public static TheoryData<string> Fixtures() => new(SharedFixtures.Pdfs("car", "statements"));

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_fixture_extracts_to_its_ground_truth(string fixture)
    {
        var differences = GroundTruthComparer.Differences(FixtureExtraction.ExtractJson(fixture),
            FixtureExtraction.GroundTruth(fixture));

        Assert.True(differences.Count == 0,
            $"{differences.Count} differences:\n{string.Join('\n', differences.Take(25))}");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_fixture_reconciles_with_its_own_printed_totals(string fixture)
    {
        var findings = FixtureExtraction.Extract(fixture).Findings;

        Assert.True(findings.Count == 0, string.Join('\n', findings.Take(10).Select(f => $"{f.Code}: {f.Message}")));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_fixture_is_recognised_from_its_first_page(string fixture)
    {
        using var pdf = File.OpenRead(SharedFixtures.PathOf(fixture));
        var firstPage = PdfLayoutReader.ReadPages(pdf).First();
        var truth = FixtureExtraction.GroundTruth(fixture);

        var recognised = DocumentExtractor.Recognize(firstPage);

        Assert.NotNull(recognised);
        Assert.Equal(truth["kind"]!.GetValue<string>() == "statement" ? DocumentKind.Statement
            : DocumentKind.ReceiptReport, recognised.Value.Kind);
        var truthLayout = truth["layout"]?.GetValue<string>();
        if (truthLayout is not null)
        {
            Assert.Equal(truthLayout, recognised.Value.Layout);
        }
    }

    [Fact]
    public void The_fixture_folders_hold_both_primary_formats_and_other_issuers()
    {
        var fixtures = SharedFixtures.Pdfs("car", "statements").ToList();

        Assert.Contains(fixtures, f => f.StartsWith("car/", StringComparison.Ordinal));
        Assert.Contains(fixtures, f => f.StartsWith("statements/", StringComparison.Ordinal));
    }
}
