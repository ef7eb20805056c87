using CardProcessor.Data.Documents;
using CardProcessor.Data.Issues;
using CardProcessor.Processing.Tests.Support;
using CardProcessor.Processing.Validation.Rules;
using static CardProcessor.Processing.Tests.Support.SessionDataBuilder;

namespace CardProcessor.Processing.Tests.Validation.Rules;

public sealed class TotalsMismatchRuleTests
{
    private readonly TotalsMismatchRule _rule = new();
    private readonly SessionDataBuilder _session = new();

    [Fact]
    public void A_printed_total_the_rows_do_not_add_up_to_is_an_error_linked_to_its_card_person_and_charge()
    {
        var jane = _session.Employee("Jane Doe");
        var card = _session.Card(jane, "JANEDOE", "0001");
        var charge = _session.Transaction(card, 219.32m, "HOME DEPOT 1757", Day(2));
        _session.Statement.Findings.Add(new DocumentFinding
        {
            Code = "card-total-mismatch",
            Message = "Card 0001 (JANEDOE): printed total $500.00, transactions add up to $219.32.",
            CardLast4 = "0001",
            Reference = charge.Reference,
            Printed = 500.00m,
            Extracted = 219.32m,
            Page = 2,
        });

        var issue = Assert.Single(_rule.Evaluate(_session));

        Assert.Equal(RuleCodes.TotalsMismatch, issue.RuleCode);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal("Card 0001 (JANEDOE): printed total $500.00, transactions add up to $219.32.", issue.Message);
        Assert.Equal($"{_session.Statement.Id}:card-total-mismatch:0001:{charge.Reference}:2", issue.Subject);
        Assert.Equal(
            (_session.Statement.Id, card.Id, jane, charge.Id, charge.Reference),
            (issue.DocumentId, issue.CardId, issue.EmployeeId, issue.TransactionId, issue.TransactionReference));
    }

    [Fact]
    public void A_document_wide_finding_names_only_the_document()
    {
        _session.Statement.Findings.Add(
            new DocumentFinding { Code = "grand-total-mismatch", Message = "Grand total differs." });

        var issue = Assert.Single(_rule.Evaluate(_session));

        Assert.Equal(_session.Statement.Id, issue.DocumentId);
        Assert.Null(issue.CardId);
        Assert.Null(issue.TransactionId);
    }

    [Fact]
    public void A_document_whose_totals_reconcile_has_no_finding_and_no_issue()
    {
        var card = _session.Card(_session.Employee("Jane Doe"), "JANEDOE", "0001");
        _session.Transaction(card, 219.32m, "HOME DEPOT 1757", Day(2));

        Assert.Empty(_rule.Evaluate(_session));
    }
}
