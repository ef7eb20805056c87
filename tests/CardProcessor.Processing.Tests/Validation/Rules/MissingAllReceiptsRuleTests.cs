using CardProcessor.Data.Documents;
using CardProcessor.Data.Issues;
using CardProcessor.Processing.Tests.Support;
using CardProcessor.Processing.Validation.Rules;
using static CardProcessor.Processing.Tests.Support.SessionDataBuilder;

namespace CardProcessor.Processing.Tests.Validation.Rules;

public sealed class MissingAllReceiptsRuleTests
{
    private readonly MissingAllReceiptsRule _rule = new();
    private readonly SessionDataBuilder _session = new();
    private readonly Guid _priya;

    public MissingAllReceiptsRuleTests() => _priya = _session.Employee("Priya Okafor");

    [Fact]
    public void A_persons_card_with_charges_and_not_one_receipt_is_reported_once_with_count_and_total()
    {
        var card = _session.Card(_priya, "PRIYAOKAFOR", "0003");
        _session.Transaction(card, 120.00m, "HOME DEPOT 1757", Day(2));
        _session.Transaction(card, 30.50m, "SHELL OIL 5721", Day(5));
        _session.Transaction(card, -20.00m, "HOME DEPOT 1757", Day(7));

        var issue = Assert.Single(_rule.Evaluate(_session));

        Assert.Equal(RuleCodes.MissingAllReceipts, issue.RuleCode);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal($"card:{card.Id}", issue.Subject);
        Assert.Equal("PRIYAOKAFOR (card 0003) has 2 charges totalling $150.50 and no receipts at all.", issue.Message);
        Assert.Equal((card.Id, _priya), (issue.CardId, issue.EmployeeId));
    }

    [Fact]
    public void A_vehicle_card_needs_no_receipts()
    {
        _session.Transaction(_session.VehicleCard("144VEHICLE UNIT", "0144"), 85.00m, "SHELL OIL 5721", Day(2));

        Assert.Empty(_rule.Evaluate(_session));
    }

    [Fact]
    public void One_receipt_from_the_person_is_enough_to_leave_the_card_to_the_per_charge_rule()
    {
        var card = _session.Card(_priya, "PRIYAOKAFOR", "0003");
        _session.Transaction(card, 120.00m, "HOME DEPOT 1757", Day(2));
        _session.Transaction(card, 30.50m, "SHELL OIL 5721", Day(5));
        _session.Receipt(_priya, 9.99m, Day(20), "OFFICE DEPOT");

        Assert.Empty(_rule.Evaluate(_session));
    }

    [Fact]
    public void A_card_with_only_credits_is_not_missing_receipts()
    {
        _session.Transaction(_session.Card(_priya, "PRIYAOKAFOR", "0003"), -45.00m, "HOME DEPOT 1757", Day(2));

        Assert.Empty(_rule.Evaluate(_session));
    }

    [Theory]
    [InlineData(DocumentStatus.Extracting)]
    [InlineData(DocumentStatus.Failed)]
    public void Without_an_extracted_receipt_report_no_card_is_judged(DocumentStatus status)
    {
        _session.WithStatus(_session.ReceiptReport, status);
        _session.Transaction(_session.Card(_priya, "PRIYAOKAFOR", "0003"), 120.00m, "HOME DEPOT 1757", Day(2));

        Assert.Empty(_rule.Evaluate(_session));
    }
}
