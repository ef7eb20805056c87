using CardProcessor.Data.Cards;
using CardProcessor.Data.Documents;
using CardProcessor.Data.Issues;
using CardProcessor.Data.Receipts;
using CardProcessor.Processing.Tests.Support;
using CardProcessor.Processing.Validation.Rules;
using static CardProcessor.Processing.Tests.Support.SessionDataBuilder;

namespace CardProcessor.Processing.Tests.Validation.Rules;

public sealed class ChargeWithoutReceiptRuleTests
{
    private readonly ChargeWithoutReceiptRule _rule = new();
    private readonly SessionDataBuilder _session = new();
    private readonly Guid _luis;
    private readonly Card _card;

    public ChargeWithoutReceiptRuleTests()
    {
        _luis = _session.Employee("Luis Patel");
        _card = _session.Card(_luis, "LUISPATEL", "0004");
        _session.ReceiptPaying(_session.Transaction(_card, 64.10m, "SHELL OIL 5721", Day(3)), 64.10m);
    }

    [Fact]
    public void A_charge_no_receipt_pays_is_reported_naming_card_reference_amount_and_date()
    {
        var charge = _session.Transaction(_card, 219.32m, "HOME DEPOT 1757", Day(12));

        var issue = Assert.Single(_rule.Evaluate(_session));

        Assert.Equal(RuleCodes.ChargeWithoutReceipt, issue.RuleCode);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal($"transaction:{charge.Id}", issue.Subject);
        Assert.Equal(
            $"LUISPATEL (card 0004): charge {charge.Reference} of $219.32 at HOME DEPOT 1757 on 2026-09-12 has no " +
            "receipt.",
            issue.Message);
        Assert.Equal(
            (charge.Id, charge.Reference, _card.Id, _luis),
            (issue.TransactionId, issue.TransactionReference, issue.CardId, issue.EmployeeId));
    }

    [Fact]
    public void A_merely_suggested_receipt_does_not_pay_the_charge()
    {
        var charge = _session.Transaction(_card, 219.32m, "HOME DEPOT 1757", Day(12));
        _session.ReceiptPaying(charge, 219.32m, MatchStatus.Suggested);

        Assert.Equal(charge.Id, Assert.Single(_rule.Evaluate(_session)).TransactionId);
    }

    [Fact]
    public void A_confirmed_receipt_pays_the_charge()
    {
        var charge = _session.Transaction(_card, 219.32m, "HOME DEPOT 1757", Day(12));
        _session.ReceiptPaying(charge, 219.32m, MatchStatus.Confirmed);

        Assert.Empty(_rule.Evaluate(_session));
    }

    [Fact]
    public void Credits_and_vehicle_charges_need_no_receipt()
    {
        _session.Transaction(_card, -20.00m, "HOME DEPOT 1757", Day(12));
        _session.Transaction(_session.VehicleCard("144VEHICLE UNIT", "0144"), 85.00m, "SHELL OIL 5721", Day(2));

        Assert.Empty(_rule.Evaluate(_session));
    }

    [Fact]
    public void A_person_without_any_receipt_is_left_to_the_missing_all_receipts_rule()
    {
        var maria = _session.Employee("Maria Doe");
        _session.Transaction(_session.Card(maria, "MARIADOE", "0002"), 99.00m, "HOME DEPOT 1757", Day(12));

        Assert.Empty(_rule.Evaluate(_session));
    }

    [Fact]
    public void Without_an_extracted_receipt_report_no_charge_is_judged()
    {
        _session.WithStatus(_session.ReceiptReport, DocumentStatus.Failed);
        _session.Transaction(_card, 219.32m, "HOME DEPOT 1757", Day(12));

        Assert.Empty(_rule.Evaluate(_session));
    }
}
