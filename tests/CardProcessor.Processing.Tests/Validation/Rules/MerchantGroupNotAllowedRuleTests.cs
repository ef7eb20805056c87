using CardProcessor.Data.Issues;
using CardProcessor.Processing.Tests.Support;
using CardProcessor.Processing.Validation;
using CardProcessor.Processing.Validation.Rules;
using static CardProcessor.Processing.Tests.Support.SessionDataBuilder;

namespace CardProcessor.Processing.Tests.Validation.Rules;

public sealed class MerchantGroupNotAllowedRuleTests
{
    private readonly MerchantGroupNotAllowedRule _rule = new();
    private readonly SessionDataBuilder _session = new();
    private readonly ValidationOptions _vehiclesOnlyFuelAndAuto = new()
    {
        AllowedMerchantGroups = new(StringComparer.OrdinalIgnoreCase) { ["Vehicle"] = ["FUEL", "AUTO"] },
    };

    [Fact]
    public void A_restaurant_charge_on_a_vehicle_card_is_a_merchant_group_not_allowed()
    {
        var vehicle = _session.VehicleCard("144VEHICLE UNIT", "0144");
        var charge = _session.Transaction(vehicle, 23.10m, "WHATABURGER 88", Day(6), merchantGroup: "RESTAURANTS");

        var issue = Assert.Single(_rule.Evaluate(_session, _vehiclesOnlyFuelAndAuto));

        Assert.Equal(RuleCodes.MerchantGroupNotAllowed, issue.RuleCode);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal($"transaction:{charge.Id}", issue.Subject);
        Assert.Equal(
            $"144VEHICLE UNIT (card 0144): charge {charge.Reference} at WHATABURGER 88 is in merchant group " +
            "RESTAURANTS, not allowed on a vehicle card.",
            issue.Message);
        Assert.Equal(
            (charge.Id, charge.Reference, vehicle.Id),
            (issue.TransactionId, issue.TransactionReference, issue.CardId));
    }

    [Fact]
    public void An_allowed_group_is_accepted_whatever_its_case()
    {
        _session.Transaction(
            _session.VehicleCard("144VEHICLE UNIT", "0144"),
            61.00m,
            "SHELL OIL 5721",
            Day(6),
            merchantGroup: "Fuel");

        Assert.Empty(_rule.Evaluate(_session, _vehiclesOnlyFuelAndAuto));
    }

    [Fact]
    public void A_card_type_without_a_list_allows_every_group()
    {
        var card = _session.Card(_session.Employee("Jane Doe"), "JANEDOE", "0001");
        _session.Transaction(card, 23.10m, "WHATABURGER 88", Day(6), merchantGroup: "RESTAURANTS");

        Assert.Empty(_rule.Evaluate(_session, _vehiclesOnlyFuelAndAuto));
    }

    [Fact]
    public void Without_configured_lists_the_rule_is_off()
    {
        _session.Transaction(
            _session.VehicleCard("144VEHICLE UNIT", "0144"),
            23.10m,
            "WHATABURGER 88",
            Day(6),
            merchantGroup: "RESTAURANTS");

        Assert.Empty(_rule.Evaluate(_session));
    }

    [Fact]
    public void A_persons_list_restricts_persons_cards()
    {
        var card = _session.Card(_session.Employee("Jane Doe"), "JANEDOE", "0001");
        _session.Transaction(card, 23.10m, "WHATABURGER 88", Day(6), merchantGroup: "RESTAURANTS");
        var options = new ValidationOptions { AllowedMerchantGroups = { ["Person"] = ["TRAVEL"] } };

        Assert.EndsWith(
            "not allowed on a person's card.",
            Assert.Single(_rule.Evaluate(_session, options)).Message,
            StringComparison.Ordinal);
    }
}
