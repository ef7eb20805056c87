using CardProcessor.Data.Cards;
using CardProcessor.Data.Issues;
using CardProcessor.Processing.Tests.Support;
using CardProcessor.Processing.Validation;
using CardProcessor.Processing.Validation.Rules;
using static CardProcessor.Processing.Tests.Support.SessionDataBuilder;

namespace CardProcessor.Processing.Tests.Validation.Rules;

public sealed class DuplicateChargeRuleTests
{
    private readonly DuplicateChargeRule _rule = new();
    private readonly SessionDataBuilder _session = new();
    private readonly Guid _maria;
    private readonly Card _card;

    public DuplicateChargeRuleTests()
    {
        _maria = _session.Employee("Maria Doe");
        _card = _session.Card(_maria, "MARIADOE", "0002");
    }

    [Fact]
    public void The_same_card_merchant_and_amount_within_three_days_is_a_possible_duplicate_of_the_earlier_charge()
    {
        var first = _session.Transaction(_card, 49.99m, "AMAZON MKTPL", Day(10));
        var second = _session.Transaction(_card, 49.99m, "Amazon Mktpl", Day(13));

        var issue = Assert.Single(_rule.Evaluate(_session));

        Assert.Equal(RuleCodes.DuplicateCharge, issue.RuleCode);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal($"transactions:{first.Id}:{second.Id}", issue.Subject);
        Assert.Equal(
            $"MARIADOE (card 0002): charge {second.Reference} of $49.99 at Amazon Mktpl on 2026-09-13 may duplicate " +
            $"charge {first.Reference} on 2026-09-10 (same merchant and amount 3 day(s) apart).",
            issue.Message);
        Assert.Equal(
            (second.Id, second.Reference, _card.Id, _maria),
            (issue.TransactionId, issue.TransactionReference, issue.CardId, issue.EmployeeId));
    }

    [Fact]
    public void A_transaction_number_printed_twice_is_a_duplicate_reported_once()
    {
        var first = _session.Transaction(_card, 49.99m, "AMAZON MKTPL", Day(10));
        var second = _session.Transaction(_card, 49.99m, "AMAZON MKTPL", Day(10));
        second.Reference = first.Reference;

        var issue = Assert.Single(_rule.Evaluate(_session));

        Assert.Equal($"transactions:{first.Id}:{second.Id}", issue.Subject);
        Assert.EndsWith($"(Transaction # {first.Reference} appears twice).", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Four_days_apart_is_outside_the_default_window()
    {
        _session.Transaction(_card, 49.99m, "AMAZON MKTPL", Day(10));
        _session.Transaction(_card, 49.99m, "AMAZON MKTPL", Day(14));

        Assert.Empty(_rule.Evaluate(_session));
        Assert.Single(_rule.Evaluate(_session, new ValidationOptions { DuplicateWindowDays = 4 }));
    }

    [Fact]
    public void Another_amount_merchant_or_card_is_not_a_duplicate()
    {
        _session.Transaction(_card, 49.99m, "AMAZON MKTPL", Day(10));
        _session.Transaction(_card, 49.98m, "AMAZON MKTPL", Day(10));
        _session.Transaction(_card, 49.99m, "BEST BUY 0012", Day(10));
        _session.Transaction(
            _session.Card(_session.Employee("Jane Doe"), "JANEDOE", "0001"),
            49.99m,
            "AMAZON MKTPL",
            Day(10));

        Assert.Empty(_rule.Evaluate(_session));
    }

    [Fact]
    public void A_charge_and_its_refund_are_not_duplicates()
    {
        _session.Transaction(_card, 49.99m, "AMAZON MKTPL", Day(10));
        _session.Transaction(_card, -49.99m, "AMAZON MKTPL", Day(11));
        _session.Transaction(_card, -49.99m, "AMAZON MKTPL", Day(12));

        Assert.Empty(_rule.Evaluate(_session));
    }
}
