using CardProcessor.Data.Cards;
using CardProcessor.Data.Issues;
using CardProcessor.Data.Receipts;
using CardProcessor.Processing.Matching;
using CardProcessor.Processing.Tests.Support;
using CardProcessor.Processing.Validation;
using CardProcessor.Processing.Validation.Rules;
using static CardProcessor.Processing.Tests.Support.SessionDataBuilder;

namespace CardProcessor.Processing.Tests.Matching;

public sealed class ReceiptMatcherTests
{
    private readonly SessionDataBuilder _session = new();
    private readonly Guid _jane;
    private readonly Card _card;

    public ReceiptMatcherTests()
    {
        _jane = _session.Employee("Jane Doe");
        _card = _session.Card(_jane, "JANEDOE", "0001");
    }

    [Fact]
    public void A_printed_reference_matches_outright_whoever_and_whatever_the_receipt_says()
    {
        var charge = _session.Transaction(_card, 219.32m, "HOME DEPOT 1757", Day(2));
        var receipt = _session.Receipt(null, 25.00m, Day(20), "SOMEWHERE ELSE");
        receipt.Reference = charge.Reference;

        Match();

        Assert.Equal(
            (charge.Id, MatchStatus.Matched, 1m),
            (receipt.MatchedTransactionId, receipt.MatchStatus, receipt.MatchScore));
        Assert.Equal($"reference {charge.Reference}", receipt.MatchReason);
        Assert.Equal(_card.Id, receipt.CardId);
    }

    [Fact]
    public void A_printed_reference_of_another_charge_rules_out_an_otherwise_perfect_candidate()
    {
        var charge = _session.Transaction(_card, 219.32m, "HOME DEPOT 1757", Day(2));
        var receipt = _session.Receipt(_jane, 219.32m, Day(2), "HOME DEPOT 1757");
        receipt.Reference = "000000001";

        Match();

        Assert.Equal(MatchStatus.Unmatched, receipt.MatchStatus);
        Assert.NotEqual(charge.Id, receipt.MatchedTransactionId);
    }

    [Fact]
    public void Without_a_reference_only_the_same_employees_charges_are_candidates()
    {
        _session.Transaction(_card, 219.32m, "HOME DEPOT 1757", Day(2));
        var colleagues = _session.Receipt(_session.Employee("Maria Doe"), 219.32m, Day(2), "HOME DEPOT 1757");
        var nobodys = _session.Receipt(null, 219.32m, Day(2), "HOME DEPOT 1757");

        Match();

        Assert.All(
            [colleagues, nobodys],
            r => Assert.Equal((MatchStatus.Unmatched, (Guid?)null), (r.MatchStatus, r.MatchedTransactionId)));
    }

    [Fact]
    public void Two_charges_the_same_day_at_the_same_merchant_go_to_the_receipts_of_their_exact_amounts()
    {
        var fifty = _session.Transaction(_card, 50.00m, "SHELL OIL 5721", Day(4));
        var fiftyTwo = _session.Transaction(_card, 52.00m, "SHELL OIL 5721", Day(4));
        var receiptOfFiftyTwo = _session.Receipt(_jane, 52.00m, Day(4), "SHELL OIL");
        var receiptOfFifty = _session.Receipt(_jane, 50.00m, Day(4), "SHELL OIL");

        Match();

        Assert.Equal(fiftyTwo.Id, receiptOfFiftyTwo.MatchedTransactionId);
        Assert.Equal(fifty.Id, receiptOfFifty.MatchedTransactionId);
    }

    [Fact]
    public void A_receipt_keyed_with_the_wrong_amount_still_pays_its_charge_and_is_then_an_amount_mismatch()
    {
        var charge = _session.Transaction(_card, 100.00m, "HOME DEPOT 1757", Day(4));
        var receipt = _session.Receipt(_jane, 150.00m, Day(4), "HOME DEPOT");

        Match();

        Assert.Equal((charge.Id, MatchStatus.Matched), (receipt.MatchedTransactionId, receipt.MatchStatus));
        Assert.StartsWith("amount differs, 0 day(s) apart", receipt.MatchReason, StringComparison.Ordinal);
        var mismatch = Assert.Single(new AmountMismatchRule().Evaluate(_session));
        Assert.Equal(
            (IssueSeverity.Error, receipt.Id, charge.Id),
            (mismatch.Severity, mismatch.ReceiptId, mismatch.TransactionId));
    }

    [Fact]
    public void A_charge_pays_only_one_of_two_identical_receipts()
    {
        var charge = _session.Transaction(_card, 20.00m, "SUBWAY 3321", Day(9));
        var first = _session.Receipt(_jane, 20.00m, Day(9), "SUBWAY");
        var second = _session.Receipt(_jane, 20.00m, Day(9), "SUBWAY");

        Match();

        Assert.Equal([charge.Id], new[] { first, second }.Select(r => r.MatchedTransactionId).OfType<Guid>());
        Assert.Single(new[] { first, second }, r => r.MatchStatus == MatchStatus.Unmatched);
    }

    [Fact]
    public void A_receipt_pays_only_one_of_two_identical_charges()
    {
        var first = _session.Transaction(_card, 20.00m, "SUBWAY 3321", Day(9));
        var second = _session.Transaction(_card, 20.00m, "SUBWAY 3321", Day(9));
        var receipt = _session.Receipt(_jane, 20.00m, Day(9), "SUBWAY");

        Match();

        Assert.Contains(receipt.MatchedTransactionId, new Guid?[] { first.Id, second.Id });
        Assert.Single(_session.Build().PaidBy);
    }

    [Fact]
    public void A_reviewers_confirmed_match_is_kept_and_its_charge_is_not_given_to_another_receipt()
    {
        var charge = _session.Transaction(_card, 20.00m, "SUBWAY 3321", Day(9));
        var confirmed = _session.Receipt(_jane, 35.00m, Day(12), "LUNCH");
        confirmed.ConfirmMatch(charge.Id, _card.Id, "reviewer");
        var perfect = _session.Receipt(_jane, 20.00m, Day(9), "SUBWAY 3321");

        Match();

        Assert.Equal(
            (charge.Id, MatchStatus.Confirmed, "confirmed by reviewer"),
            (confirmed.MatchedTransactionId, confirmed.MatchStatus, confirmed.MatchReason));
        Assert.Equal((MatchStatus.Unmatched, (Guid?)null), (perfect.MatchStatus, perfect.MatchedTransactionId));
    }

    [Fact]
    public void An_automatic_match_of_an_earlier_run_is_worked_out_again()
    {
        var right = _session.Transaction(_card, 20.00m, "SUBWAY 3321", Day(9));
        var wrong = _session.Transaction(_card, 99.00m, "BEST BUY 0012", Day(20));
        var receipt = _session.Receipt(_jane, 20.00m, Day(9), "SUBWAY");
        receipt.ProposeMatch(wrong.Id, _card.Id, 0.7m, "an earlier run's match", automatic: true);

        Match();

        Assert.Equal(right.Id, receipt.MatchedTransactionId);
    }

    private void Match(MatchingOptions? options = null) =>
        ReceiptMatcher.Match(_session.Receipts, _session.Transactions, options ?? new MatchingOptions());
}
