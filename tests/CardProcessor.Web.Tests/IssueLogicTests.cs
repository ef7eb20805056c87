using System.Net;
using CardProcessor.Web.Api;
using CardProcessor.Web.Api.Models;
using CardProcessor.Web.Issues;

namespace CardProcessor.Web.Tests;

public sealed class IssueLogicTests
{
    [Fact]
    public void The_issue_query_keeps_known_filters_and_drops_the_rest()
    {
        var query = new IssueQuery("Open", "Loud", "AMOUNT_MISMATCH", " ana ", "rule", null, 3);

        Assert.Equal("page=3&pageSize=50&status=Open&rule=AMOUNT_MISMATCH&assignee=ana&sort=rule", query.ToApiQuery());
    }

    [Fact]
    public void Resolving_or_waiving_without_a_note_is_refused_before_the_api_is_asked()
    {
        Assert.Contains("needs a note", IssueActions.Request("Resolved", "  ", null).Problem!.Sentence);
        Assert.Contains("justifies", IssueActions.Request("Waived", null, null).Problem!.Sentence);
        Assert.Null(IssueActions.Request("Open", null, null).Problem);
    }

    [Fact]
    public void A_bulk_change_counts_what_changed_and_says_why_the_rest_did_not()
    {
        var sentence = BulkActions.Describe(
            [
                new BulkOutcome(Guid.NewGuid(), "updated", null, "Waived"),
                new BulkOutcome(Guid.NewGuid(), "updated", null, "Waived"),
                new BulkOutcome(Guid.NewGuid(), "refused", "The issue is already waived.", "Waived"),
            ],
            "waived");

        Assert.Equal("2 issue(s) waived. 1 not changed: The issue is already waived.", sentence);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, "Your role does not allow this action.")]
    [InlineData(HttpStatusCode.PreconditionFailed,
        "Someone else changed this since you opened it. Reload to see their change; your note is kept.")]
    [InlineData(HttpStatusCode.Conflict, "The session is approved.")]
    public void Problems_read_as_sentences(HttpStatusCode status, string sentence) =>
        Assert.Equal(sentence, new ApiProblem(status, "Conflict", "The session is approved", "00-x").Sentence);

    [Fact]
    public void The_outcome_of_a_change_replaces_the_previous_one_in_the_link()
    {
        var link = IssueLinks.WithOutcome("http://web/sessions/1/issues?status=Open&done=old", "3 issue(s) waived.");

        Assert.Equal("http://web/sessions/1/issues?status=Open&done=3%20issue%28s%29%20waived.", link);
    }
}
