using CardProcessor.Processing.Matching;
using CsCheck;

namespace CardProcessor.Processing.Tests.Matching;

public sealed class MerchantSimilarityTests
{
    private static readonly Gen<string> s_word = Gen.String[Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"], 1, 8];

    private static readonly Gen<string> s_merchant = Gen.Select(s_word, s_word, s_word)
        .Select((a, b, c) => $"{a} {b} {c}");

    [Theory]
    [InlineData("Delta Air-Lines", "DELTA AIR LINES")]
    [InlineData("home depot #1757", "HOME DEPOT 1757")]
    [InlineData("  SHELL   OIL ", "shell/oil")]
    public void Names_differing_only_in_case_punctuation_and_spacing_are_the_same_merchant(string left, string right) =>
        Assert.Equal(1m, MerchantSimilarity.Score(left, right));

    [Fact]
    public void A_receipts_short_form_of_the_statements_merchant_is_strong_evidence()
    {
        Assert.True(MerchantSimilarity.Score("DELTA AIR", "DELTA AIR LINES 0062") >= 0.9m);
        Assert.True(MerchantSimilarity.Score("HOME DEPOT", "THE HOME DEPOT 1757") >= 0.85m);
    }

    [Fact]
    public void A_typo_costs_little_and_an_unrelated_merchant_scores_low()
    {
        Assert.Equal(1m - (1m / 16m), MerchantSimilarity.Score("MARRIOT HOUSTON", "MARRIOTT HOUSTON"));
        Assert.True(MerchantSimilarity.Score("SHELL OIL 5721", "WHATABURGER 88") < 0.4m);
    }

    [Theory]
    [InlineData(null, "SHELL OIL")]
    [InlineData("SHELL OIL", "")]
    [InlineData("  ", "SHELL OIL")]
    [InlineData("#--", "SHELL OIL")]
    public void A_missing_merchant_is_no_evidence(string? left, string right) =>
        Assert.Equal(0m, MerchantSimilarity.Score(left, right));

    [Fact]
    public void Every_score_is_between_zero_and_one() =>
        Gen.Select(Gen.String, Gen.String).Sample((left, right) =>
        {
            var score = MerchantSimilarity.Score(left, right);
            Assert.InRange(score, 0m, 1m);
        });

    [Fact]
    public void A_merchant_is_entirely_similar_to_itself() =>
        s_merchant.Sample(merchant => Assert.Equal(1m, MerchantSimilarity.Score(merchant, merchant)));

    [Fact]
    public void Case_and_punctuation_never_change_a_score() =>
        Gen.Select(s_merchant, s_merchant).Sample((left, right) =>
            Assert.Equal(
                MerchantSimilarity.Score(left, right),
                MerchantSimilarity.Score(
                    left.ToLowerInvariant().Replace(" ", " - ", StringComparison.Ordinal),
                    right)));

    [Fact]
    public void A_prefix_of_four_characters_or_more_scores_at_least_nine_tenths() =>
        Gen.Select(s_merchant, s_word).Where((merchant, _) => merchant.Length >= 4).Sample((merchant, suffix) =>
            Assert.True(MerchantSimilarity.Score(merchant, $"{merchant} {suffix}") >= 0.9m));
}
