using CardProcessor.Data.Documents;
using CardProcessor.Data.Issues;
using CardProcessor.Data.Receipts;
using CardProcessor.Processing.Tests.Support;
using CardProcessor.Processing.Validation.Rules;
using static CardProcessor.Processing.Tests.Support.SessionDataBuilder;

namespace CardProcessor.Processing.Tests.Validation.Rules;

public sealed class ReceiptWithoutChargeRuleTests
{
    private readonly ReceiptWithoutChargeRule _rule = new();
    private readonly SessionDataBuilder _session = new();
    private readonly Guid _david;

    public ReceiptWithoutChargeRuleTests() => _david = _session.Employee("David Morales");

    [Fact]
    public void A_receipt_that_pays_no_charge_is_reported_naming_person_receipt_amount_and_date()
    {
        var receipt = _session.Receipt(_david, 73.40m, Day(14), "LOWES 0221");

        var issue = Assert.Single(_rule.Evaluate(_session));

        Assert.Equal(RuleCodes.ReceiptWithoutCharge, issue.RuleCode);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal($"receipt:{receipt.Id}", issue.Subject);
        Assert.Equal(
            "David Morales: receipt 'Expense at LOWES 0221' of $73.40 on 2026-09-14 matches no charge on the " +
            "statement.",
            issue.Message);
        Assert.Equal((receipt.Id, _david), (issue.ReceiptId, issue.EmployeeId));
    }

    [Fact]
    public void A_suggested_match_still_needs_a_reviewer_and_the_message_says_so()
    {
        var card = _session.Card(_david, "DAVIDMORALES", "0005");
        _session.ReceiptPaying(
            _session.Transaction(card, 73.40m, "LOWES 0221", Day(14)),
            73.40m,
            MatchStatus.Suggested,
            "amount exact, 2 day(s) apart, merchant 40% similar");

        var issue = Assert.Single(_rule.Evaluate(_session));

        Assert.EndsWith(
            " A possible match is suggested (amount exact, 2 day(s) apart, merchant 40% similar).",
            issue.Message,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MatchStatus.Matched)]
    [InlineData(MatchStatus.Confirmed)]
    public void A_receipt_paying_a_charge_is_not_reported(MatchStatus status)
    {
        var card = _session.Card(_david, "DAVIDMORALES", "0005");
        _session.ReceiptPaying(_session.Transaction(card, 73.40m, "LOWES 0221", Day(14)), 73.40m, status);

        Assert.Empty(_rule.Evaluate(_session));
    }

    [Fact]
    public void Without_an_extracted_statement_there_is_nothing_to_pay()
    {
        _session.WithStatus(_session.Statement, DocumentStatus.Extracting);
        _session.Receipt(_david, 73.40m, Day(14), "LOWES 0221");

        Assert.Empty(_rule.Evaluate(_session));
    }
}
