using CardProcessor.Web.Api.Models;
using CardProcessor.Web.Components.Parts;
using CardProcessor.Web.Sessions;

namespace CardProcessor.Web.Tests;

public sealed class MoneyAndSummaryTests : BunitContext
{
    [Theory]
    [InlineData("1234.5", "1,234.50")]
    [InlineData("-0.07", "-0.07")]
    [InlineData("1000000", "1,000,000.00")]
    public void Amounts_show_exactly_two_decimals(string amount, string shown)
    {
        var money = Render<Money>(parameters =>
            parameters.Add(p => p.Value, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(shown, money.Find("span.amount").TextContent);
    }

    [Fact]
    public void A_card_reconciles_only_when_the_printed_total_equals_the_extracted_one_to_the_cent()
    {
        Assert.True(SummaryLogic.Reconciled(Card(printed: 100.10m, extracted: 100.10m)));
        Assert.False(SummaryLogic.Reconciled(Card(printed: 100.10m, extracted: 100.11m)));
        Assert.Null(SummaryLogic.Reconciled(Card(printed: null, extracted: 5m)));
    }

    [Fact]
    public void Open_issues_are_counted_by_rule_most_first()
    {
        var issues = new[] { "B", "A", "B", "C", "B", "A" }.Select(Issue);

        Assert.Equal([("B", 3), ("A", 2), ("C", 1)], SummaryLogic.CountByRule(issues));
    }

    private static StatementCard Card(decimal? printed, decimal extracted) =>
        new(Guid.NewGuid(), "1234", "A HOLDER", "A Holder", false, null, printed, extracted, 3);

    private static Issue Issue(string rule) => new(
        Guid.NewGuid(), Guid.NewGuid(), rule, "Warning", "Open", "m", null, null, null, null, null, null, null, null,
        null, DateTimeOffset.UnixEpoch, "\"1\"");
}
