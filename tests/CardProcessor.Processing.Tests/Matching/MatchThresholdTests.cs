using CardProcessor.Data.Cards;
using CardProcessor.Data.Receipts;
using CardProcessor.Processing.Matching;
using CardProcessor.Processing.Tests.Support;
using CardProcessor.Processing.Validation;
using static CardProcessor.Processing.Tests.Support.SessionDataBuilder;

namespace CardProcessor.Processing.Tests.Matching;

/// <summary>
/// Scores against the thresholds. A receipt without a merchant scores only on amount (0.35) and
/// date (0.25, less a quarter for each day apart within the default window of three days).
/// </summary>
public sealed class MatchThresholdTests
{
    private readonly SessionDataBuilder _session = new();
    private readonly Guid _jane;
    private readonly Card _card;

    public MatchThresholdTests()
    {
        _jane = _session.Employee("Jane Doe");
        _card = _session.Card(_jane, "JANEDOE", "0001");
    }

    [Fact]
    public void Exact_amount_on_the_same_day_reaches_the_automatic_threshold_on_its_own()
    {
        var receipt = ReceiptDaysAfterCharge(0);

        Match();

        Assert.Equal((MatchStatus.Matched, 0.6m), (receipt.MatchStatus, receipt.MatchScore));
    }

    [Theory]
    [InlineData(1, "0.5375")]
    [InlineData(3, "0.4125")]
    public void A_weaker_candidate_is_suggested_to_a_reviewer_with_its_score_and_reason(int days, string score)
    {
        var receipt = ReceiptDaysAfterCharge(days);

        Match();

        Assert.Equal((MatchStatus.Suggested, decimal.Parse(score)), (receipt.MatchStatus, receipt.MatchScore));
        Assert.StartsWith(
            $"amount exact, {days} day(s) apart, merchant 0",
            receipt.MatchReason,
            StringComparison.Ordinal);
        Assert.NotNull(receipt.MatchedTransactionId);
    }

    [Fact]
    public void A_candidate_below_the_suggestion_threshold_is_left_unmatched()
    {
        _session.Transaction(_card, 100.00m, "HOME DEPOT 1757", Day(4));
        var receipt = _session.Receipt(_jane, 150.00m, Day(7));

        Match();

        Assert.Equal(
            (MatchStatus.Unmatched, (Guid?)null, (decimal?)null),
            (receipt.MatchStatus, receipt.MatchedTransactionId, receipt.MatchScore));
    }

    [Fact]
    public void Both_thresholds_come_from_the_options()
    {
        var receipt = ReceiptDaysAfterCharge(1);

        Match(new MatchingOptions { AutoMatchScore = 0.5m });
        Assert.Equal(MatchStatus.Matched, receipt.MatchStatus);

        Match(new MatchingOptions { SuggestScore = 0.55m });
        Assert.Equal(MatchStatus.Unmatched, receipt.MatchStatus);
    }

    [Fact]
    public void A_receipt_dated_further_from_the_charge_than_the_window_is_no_candidate()
    {
        var receipt = ReceiptDaysAfterCharge(4, merchant: "HOME DEPOT 1757");

        Match();
        Assert.Equal(MatchStatus.Unmatched, receipt.MatchStatus);

        Match(new MatchingOptions { DateWindowDays = 4 });
        Assert.Equal(MatchStatus.Matched, receipt.MatchStatus);
    }

    [Fact]
    public void The_window_counts_from_the_posting_date_too()
    {
        var charge = _session.Transaction(_card, 64.10m, "MARRIOTT HOUSTON", Day(1));
        charge.PostingDate = Day(6);
        var receipt = _session.Receipt(_jane, 64.10m, Day(8), "MARRIOTT");

        Match();

        Assert.Equal((charge.Id, MatchStatus.Matched), (receipt.MatchedTransactionId, receipt.MatchStatus));
        Assert.Contains("2 day(s) apart", receipt.MatchReason, StringComparison.Ordinal);
    }

    private Receipt ReceiptDaysAfterCharge(int days, string? merchant = null)
    {
        _session.Transaction(_card, 42.00m, "HOME DEPOT 1757", Day(4));
        return _session.Receipt(_jane, 42.00m, Day(4 + days), merchant);
    }

    private void Match(MatchingOptions? options = null) =>
        ReceiptMatcher.Match(_session.Receipts, _session.Transactions, options ?? new MatchingOptions());
}
