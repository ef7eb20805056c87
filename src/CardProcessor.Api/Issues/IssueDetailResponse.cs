namespace CardProcessor.Api.Issues;

public sealed record IssueDetailResponse(IssueResponse Issue, IReadOnlyList<IssueEventResponse> History);
