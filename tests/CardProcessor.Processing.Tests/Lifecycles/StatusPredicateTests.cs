using CardProcessor.Data.Issues;
using CardProcessor.Data.Receipts;

namespace CardProcessor.Processing.Tests.Lifecycles;

/// <summary>Each status predicate has an in-memory form and a query form; they must say the same.</summary>
public sealed class StatusPredicateTests
{
    [Fact]
    public void The_query_form_of_an_open_issue_agrees_with_IsOpen_for_every_status()
    {
        var query = IssueStatusExtensions.OpenIssue.Compile();

        Assert.All(Enum.GetValues<IssueStatus>(), status =>
            Assert.Equal(status.IsOpen(), query(EntityInState.Issue(status))));
        Assert.Equal([IssueStatus.Open, IssueStatus.Reopened], Enum.GetValues<IssueStatus>().Where(s => s.IsOpen()));
    }

    [Fact]
    public void The_query_form_of_a_receipt_paying_its_charge_agrees_with_IsMatched_for_every_status()
    {
        var query = MatchStatusExtensions.PaysItsCharge.Compile();

        Assert.All(Enum.GetValues<MatchStatus>(), status =>
            Assert.Equal(status.IsMatched(), query(EntityInState.Receipt(status))));
        Assert.Equal(
            [MatchStatus.Matched, MatchStatus.Confirmed],
            Enum.GetValues<MatchStatus>().Where(s => s.IsMatched()));
    }
}
