using CardProcessor.Data.Issues;
using CardProcessor.Processing.Tests.Support;
using CardProcessor.Processing.Validation;
using CardProcessor.Processing.Validation.Rules;
using static CardProcessor.Processing.Tests.Support.SessionDataBuilder;

namespace CardProcessor.Processing.Tests.Validation.Rules;

public sealed class NameMismatchRuleTests
{
    private readonly NameMismatchRule _rule = new();
    private readonly SessionDataBuilder _session = new();
    private readonly Guid _smith;
    private readonly Guid _guidry;

    public NameMismatchRuleTests()
    {
        // One person: the statement prints her married name, the receipt report her maiden name.
        _smith = _session.Employee("PRIYASMITH");
        _guidry = _session.Employee("Priya R. Guidry");
    }

    [Fact]
    public void A_receipt_report_name_whose_receipts_pay_one_cards_charges_names_that_card_for_an_alias()
    {
        var card = _session.Card(_smith, "PRIYASMITH", "0007");
        _session.Transaction(card, 88.20m, "HOME DEPOT 1757", Day(4));
        _session.Transaction(card, 15.00m, "SUBWAY 3321", Day(9));
        _session.Receipt(_guidry, 88.20m, Day(5), "HOME DEPOT");
        _session.Receipt(_guidry, 15.00m, Day(9), "SUBWAY");
        _session.Receipt(_guidry, 300.00m, Day(20), "HILTON");

        var issue = Assert.Single(_rule.Evaluate(_session));

        Assert.Equal(RuleCodes.NameMismatch, issue.RuleCode);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal($"employee:{_guidry}", issue.Subject);
        Assert.Equal(
            "The receipt report names 'Priya R. Guidry', whose 2 of 3 receipts match charges on PRIYASMITH (card " +
            "0007): if they are one person, add an alias.",
            issue.Message);
        Assert.Equal((_guidry, card.Id), (issue.EmployeeId, issue.CardId));
    }

    [Fact]
    public void The_count_of_matching_receipts_never_exceeds_the_receipts()
    {
        var card = _session.Card(_smith, "PRIYASMITH", "0007");
        _session.Transaction(card, 15.00m, "SUBWAY 3321", Day(8));
        _session.Transaction(card, 15.00m, "SUBWAY 3321", Day(10));
        _session.Receipt(_guidry, 15.00m, Day(9), "SUBWAY");

        Assert.Contains(
            "whose 1 of 1 receipts match charges",
            Assert.Single(_rule.Evaluate(_session)).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_receipt_report_name_with_no_matching_charges_is_a_person_without_a_card()
    {
        _session.Card(_smith, "PRIYASMITH", "0007");
        _session.Receipt(_guidry, 300.00m, Day(20), "HILTON");

        var issue = Assert.Single(_rule.Evaluate(_session));

        Assert.Equal(
            "The receipt report names 'Priya R. Guidry' (1 receipts), who has no card on the statement.",
            issue.Message);
        Assert.Null(issue.CardId);
    }

    [Fact]
    public void A_person_named_on_both_documents_is_no_mismatch()
    {
        _session.Transaction(_session.Card(_smith, "PRIYASMITH", "0007"), 88.20m, "HOME DEPOT 1757", Day(4));
        _session.Receipt(_smith, 88.20m, Day(4), "HOME DEPOT");

        Assert.Empty(_rule.Evaluate(_session));
    }

    [Fact]
    public void Without_a_statement_card_nobody_can_be_missing_from_it()
    {
        _session.Receipt(_guidry, 300.00m, Day(20), "HILTON");

        Assert.Empty(_rule.Evaluate(_session));
    }

    [Fact]
    public void The_matching_date_window_decides_which_receipts_point_at_a_card()
    {
        var card = _session.Card(_smith, "PRIYASMITH", "0007");
        _session.Transaction(card, 88.20m, "HOME DEPOT 1757", Day(4));
        _session.Receipt(_guidry, 88.20m, Day(9), "HOME DEPOT");

        Assert.Null(Assert.Single(_rule.Evaluate(_session)).CardId);
        var widened = new ValidationOptions { Matching = { DateWindowDays = 5 } };
        Assert.Equal(card.Id, Assert.Single(_rule.Evaluate(_session, widened)).CardId);
    }
}
