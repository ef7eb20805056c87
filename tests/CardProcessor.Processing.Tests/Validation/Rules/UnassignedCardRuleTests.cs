using CardProcessor.Data.Issues;
using CardProcessor.Processing.Tests.Support;
using CardProcessor.Processing.Validation.Rules;

namespace CardProcessor.Processing.Tests.Validation.Rules;

public sealed class UnassignedCardRuleTests
{
    private readonly UnassignedCardRule _rule = new();
    private readonly SessionDataBuilder _session = new();

    [Fact]
    public void A_vehicle_card_without_an_owner_needs_one_assigned()
    {
        var vehicle = _session.VehicleCard("144VEHICLE UNIT", "0144");

        var issue = Assert.Single(_rule.Evaluate(_session));

        Assert.Equal(RuleCodes.UnassignedCard, issue.RuleCode);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal($"card:{vehicle.Id}", issue.Subject);
        Assert.Equal("Vehicle card 144VEHICLE UNIT (card 0144) has no assigned owner.", issue.Message);
        Assert.Equal(vehicle.Id, issue.CardId);
    }

    [Fact]
    public void A_persons_card_not_matched_to_a_known_employee_is_reported()
    {
        var card = _session.Card(null, "JOHNSMYTHE", "0009");

        var issue = Assert.Single(_rule.Evaluate(_session));

        Assert.Equal("Card 0009 of JOHNSMYTHE is not matched to a known employee.", issue.Message);
        Assert.Equal(card.Id, issue.CardId);
    }

    [Fact]
    public void A_card_with_an_owner_is_not_reported_even_a_vehicles()
    {
        var owner = _session.Employee("Maria Doe");
        _session.Card(owner, "MARIADOE", "0002");
        _session.VehicleCard("144VEHICLE UNIT", "0144").EmployeeId = owner;

        Assert.Empty(_rule.Evaluate(_session));
    }
}
