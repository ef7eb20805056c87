using CardProcessor.Data.Cards;
using CardProcessor.Data.Issues;
using CardProcessor.Processing.Tests.Support;
using CardProcessor.Processing.Validation;
using CardProcessor.Processing.Validation.Rules;
using static CardProcessor.Processing.Tests.Support.SessionDataBuilder;

namespace CardProcessor.Processing.Tests.Validation.Rules;

public sealed class OverLimitRuleTests
{
    private readonly OverLimitRule _rule = new();
    private readonly SessionDataBuilder _session = new();
    private readonly Guid _jane;
    private readonly Card _card;

    public OverLimitRuleTests()
    {
        _jane = _session.Employee("Jane Doe");
        _card = _session.Card(_jane, "JANEDOE", "0001");
    }

    [Fact]
    public void A_charge_over_the_two_thousand_dollar_limit_is_reported_naming_card_reference_and_amounts()
    {
        var charge = _session.Transaction(_card, 2000.01m, "UNITED AIRLINES", Day(8));

        var issue = Assert.Single(_rule.Evaluate(_session));

        Assert.Equal(RuleCodes.OverLimit, issue.RuleCode);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal($"transaction:{charge.Id}", issue.Subject);
        Assert.Equal(
            $"JANEDOE (card 0001): charge {charge.Reference} of $2,000.01 at UNITED AIRLINES exceeds the " +
            "single-transaction limit of $2,000.00.",
            issue.Message);
        Assert.Equal(
            (charge.Id, charge.Reference, _card.Id, _jane),
            (issue.TransactionId, issue.TransactionReference, issue.CardId, issue.EmployeeId));
    }

    [Fact]
    public void A_charge_of_exactly_the_limit_is_allowed()
    {
        _session.Transaction(_card, 2000.00m, "UNITED AIRLINES", Day(8));

        Assert.Empty(_rule.Evaluate(_session));
    }

    [Fact]
    public void The_limit_comes_from_the_options()
    {
        _session.Transaction(_card, 600.00m, "UNITED AIRLINES", Day(8));

        Assert.Empty(_rule.Evaluate(_session));
        Assert.Single(_rule.Evaluate(_session, new ValidationOptions { SingleTransactionLimit = 500m }));
    }
}
