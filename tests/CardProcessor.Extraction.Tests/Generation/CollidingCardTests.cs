using CardProcessor.Extraction.Tests.Generation.CardActivity;

namespace CardProcessor.Extraction.Tests.Generation;

/// <summary>
/// A person's card and a vehicle's card that print the same masked number stay two cards: each
/// keeps its own header and rows and reconciles with its own totals, and the cards add up to the
/// Grand Total.
/// </summary>
public sealed class CollidingCardTests
{
    private const int Documents = 30;

    public static TheoryData<int> Seeds() => new(Enumerable.Range(1, Documents));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Reports_with_colliding_masked_numbers_round_trip_exactly(int seed) =>
        GeneratedDocumentAssertions.RoundTripsExactly(CollidingCardsGenerator.Generate(seed));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Cards_sharing_a_masked_number_are_read_as_separate_cards_that_reconcile(int seed)
    {
        var document = CollidingCardsGenerator.Generate(seed);
        var extracted = GeneratedDocumentAssertions.Extract(document);
        var expected = document.GroundTruth["cardholders"]!.AsArray();

        Assert.Equal(expected.Count, extracted.Cardholders.Count);
        var shared = extracted.Cardholders.GroupBy(c => c.CardNumber).Where(g => g.Count() > 1).ToList();
        Assert.NotEmpty(shared);
        foreach (var cards in shared)
        {
            // Same masked number, never the same header.
            Assert.Equal(cards.Count(), cards.Select(c => (c.CustomerId, c.Name, c.EmployeeId)).Distinct().Count());
            Assert.All(cards, c => Assert.Equal(c.Total, c.Transactions.Sum(t => t.Amount)));
        }

        Assert.Equal(extracted.GrandTotal, extracted.Cardholders.Sum(c => c.Total));
        Assert.Empty(extracted.Findings);
    }
}
