using System.Globalization;
using CardProcessor.Data.Cards;
using CardProcessor.Data.Issues;
using CardProcessor.Processing.Tests.Support;
using CardProcessor.Processing.Validation;
using CardProcessor.Processing.Validation.Rules;
using static CardProcessor.Processing.Tests.Support.SessionDataBuilder;

namespace CardProcessor.Processing.Tests.Validation.Rules;

public sealed class AmountMismatchRuleTests
{
    private readonly AmountMismatchRule _rule = new();
    private readonly SessionDataBuilder _session = new();
    private readonly Guid _jane;
    private readonly Card _card;

    public AmountMismatchRuleTests()
    {
        _jane = _session.Employee("Jane Doe");
        _card = _session.Card(_jane, "JANEDOE", "0001");
    }

    [Fact]
    public void A_receipt_differing_by_more_than_five_dollars_and_five_percent_is_an_amount_mismatch()
    {
        var charge = _session.Transaction(_card, 100.00m, "HOME DEPOT 1757", Day(3));
        var receipt = _session.ReceiptPaying(charge, 112.00m);

        var issue = Assert.Single(_rule.Evaluate(_session));

        Assert.Equal(RuleCodes.AmountMismatch, issue.RuleCode);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal($"receipt:{receipt.Id}", issue.Subject);
        Assert.Equal(
            $"Jane Doe: receipt of $112.00 differs from charge {charge.Reference} of $100.00 at HOME DEPOT 1757 by " +
            "$12.00 (12%).",
            issue.Message);
        Assert.Equal(
            (receipt.Id, charge.Id, charge.Reference, _card.Id, _jane),
            (issue.ReceiptId, issue.TransactionId, issue.TransactionReference, issue.CardId, issue.EmployeeId));
    }

    [Fact]
    public void A_difference_of_four_dollars_ninety_nine_is_within_tolerance_however_large_the_percentage()
    {
        var charge = _session.Transaction(_card, 10.00m, "STARBUCKS 221", Day(3));
        _session.ReceiptPaying(charge, 14.99m);

        Assert.Empty(_rule.Evaluate(_session));
    }

    [Fact]
    public void A_difference_of_exactly_five_percent_is_within_tolerance_however_many_dollars()
    {
        var charge = _session.Transaction(_card, 1000.00m, "MARRIOTT HOUSTON", Day(3));
        _session.ReceiptPaying(charge, 1050.00m);

        Assert.Empty(_rule.Evaluate(_session));
    }

    [Fact]
    public void Just_over_five_dollars_and_five_percent_is_flagged()
    {
        var charge = _session.Transaction(_card, 100.00m, "HOME DEPOT 1757", Day(3));
        _session.ReceiptPaying(charge, 105.01m);

        Assert.Single(_rule.Evaluate(_session));
    }

    [Theory]
    [InlineData(120.00, IssueSeverity.Warning)]
    [InlineData(120.01, IssueSeverity.Error)]
    [InlineData(79.99, IssueSeverity.Error)]
    [InlineData(85.00, IssueSeverity.Warning)]
    public void A_mismatch_over_twenty_percent_is_an_error_and_up_to_twenty_percent_a_warning(
        decimal receiptAmount,
        IssueSeverity expected)
    {
        var charge = _session.Transaction(_card, 100.00m, "HOME DEPOT 1757", Day(3));
        _session.ReceiptPaying(charge, receiptAmount);

        Assert.Equal(expected, Assert.Single(_rule.Evaluate(_session)).Severity);
    }

    [Fact]
    public void A_receipt_that_pays_no_charge_is_not_compared()
    {
        _session.Transaction(_card, 100.00m, "HOME DEPOT 1757", Day(3));
        _session.Receipt(_jane, 300.00m, Day(3), "HOME DEPOT");

        Assert.Empty(_rule.Evaluate(_session));
    }

    [Fact]
    public void The_dollar_and_percentage_tolerances_come_from_the_options()
    {
        var charge = _session.Transaction(_card, 100.00m, "HOME DEPOT 1757", Day(3));
        _session.ReceiptPaying(charge, 112.00m);

        Assert.Empty(_rule.Evaluate(_session, new ValidationOptions { AmountToleranceDollars = 15m }));
        Assert.Empty(_rule.Evaluate(_session, new ValidationOptions { AmountTolerancePercent = 15m }));
        Assert.Single(
            _rule.Evaluate(
                _session,
                new ValidationOptions { AmountToleranceDollars = 1m, AmountTolerancePercent = 1m }));
    }

    [Fact]
    public void The_error_threshold_comes_from_the_options()
    {
        var charge = _session.Transaction(_card, 100.00m, "HOME DEPOT 1757", Day(3));
        _session.ReceiptPaying(charge, 112.00m);

        var issue = Assert.Single(_rule.Evaluate(_session, new ValidationOptions { AmountMismatchErrorPercent = 10m }));

        Assert.Equal(IssueSeverity.Error, issue.Severity);
    }

    [Fact]
    public void The_message_reads_the_same_whatever_the_hosts_culture()
    {
        var charge = _session.Transaction(_card, 100.00m, "HOME DEPOT 1757", Day(3));
        _session.ReceiptPaying(charge, 112.50m);
        var hostCulture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            Assert.EndsWith(
                "by $12.50 (12.5%).",
                Assert.Single(_rule.Evaluate(_session)).Message,
                StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = hostCulture;
        }
    }
}
