using CardProcessor.Data.Cards;
using CardProcessor.Data.Issues;
using CardProcessor.Processing.Tests.Support;
using CardProcessor.Processing.Validation;
using CardProcessor.Processing.Validation.Rules;

namespace CardProcessor.Processing.Tests.Validation.Rules;

public sealed class OutsidePeriodRuleTests
{
    private readonly OutsidePeriodRule _rule = new();
    private readonly SessionDataBuilder _session = new();
    private readonly Card _card;

    public OutsidePeriodRuleTests() => _card = _session.Card(_session.Employee("Jane Doe"), "JANEDOE", "0001");

    [Fact]
    public void A_charge_dated_more_than_seven_days_before_the_period_is_reported_with_its_date_and_the_period()
    {
        var charge = _session.Transaction(_card, 12.00m, "PARKING HOUSTON", new DateOnly(2026, 8, 24));

        var issue = Assert.Single(_rule.Evaluate(_session));

        Assert.Equal(RuleCodes.OutsidePeriod, issue.RuleCode);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal($"transaction:{charge.Id}", issue.Subject);
        Assert.Equal(
            $"JANEDOE (card 0001): charge {charge.Reference} at PARKING HOUSTON is dated 2026-08-24, outside the " +
            "period 2026-09-01 to 2026-09-30 by more than 7 days.",
            issue.Message);
        Assert.Equal(
            (charge.Id, charge.Reference, _card.Id),
            (issue.TransactionId, issue.TransactionReference, issue.CardId));
    }

    [Fact]
    public void A_charge_eight_days_after_the_period_is_reported()
    {
        _session.Transaction(_card, 12.00m, "PARKING HOUSTON", new DateOnly(2026, 10, 8));

        Assert.Single(_rule.Evaluate(_session));
    }

    [Theory]
    [InlineData(2026, 8, 25)]
    [InlineData(2026, 8, 31)]
    [InlineData(2026, 10, 7)]
    public void A_charge_within_the_tolerance_of_the_period_is_normal(int year, int month, int day)
    {
        _session.Transaction(_card, 12.00m, "PARKING HOUSTON", new DateOnly(year, month, day));

        Assert.Empty(_rule.Evaluate(_session));
    }

    [Fact]
    public void The_tolerance_comes_from_the_options()
    {
        _session.Transaction(_card, 12.00m, "PARKING HOUSTON", new DateOnly(2026, 8, 31));

        var issue = Assert.Single(_rule.Evaluate(_session, new ValidationOptions { OutsidePeriodToleranceDays = 0 }));

        Assert.EndsWith("by more than 0 days.", issue.Message, StringComparison.Ordinal);
    }
}
