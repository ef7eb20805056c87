namespace CardProcessor.Web.Api.Models;

public sealed record IssueDetail(
    Issue Issue, IReadOnlyList<IssueEvent> History);
