using CardProcessor.Data.Issues;
using CardProcessor.Processing.Tests.Support;
using CardProcessor.Processing.Validation.Rules;
using static CardProcessor.Processing.Tests.Support.SessionDataBuilder;

namespace CardProcessor.Processing.Tests.Validation.Rules;

public sealed class MissingAttachmentRuleTests
{
    private readonly MissingAttachmentRule _rule = new();
    private readonly SessionDataBuilder _session = new();

    [Fact]
    public void A_receipt_page_without_an_image_is_a_missing_attachment()
    {
        var jane = _session.Employee("Jane Doe");
        var charge = _session.Transaction(_session.Card(jane, "JANEDOE", "0001"), 18.75m, "CHIPOTLE 1022", Day(9));
        var receipt = _session.ReceiptPaying(charge, 18.75m);
        receipt.HasAttachment = false;
        receipt.Title = "Lunch with crew";

        var issue = Assert.Single(_rule.Evaluate(_session));

        Assert.Equal(RuleCodes.MissingAttachment, issue.RuleCode);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal($"receipt:{receipt.Id}", issue.Subject);
        Assert.Equal(
            "Jane Doe: receipt 'Lunch with crew' of $18.75 on 2026-09-09 has no receipt image attached.",
            issue.Message);
        Assert.Equal(
            (receipt.Id, jane, charge.CardId, charge.Id),
            (issue.ReceiptId, issue.EmployeeId, issue.CardId, issue.TransactionId));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(null)]
    public void A_receipt_with_an_image_or_from_a_report_that_does_not_say_is_not_flagged(bool? hasAttachment)
    {
        _session.Receipt(_session.Employee("Jane Doe"), 18.75m, Day(9), "CHIPOTLE 1022").HasAttachment = hasAttachment;

        Assert.Empty(_rule.Evaluate(_session));
    }
}
