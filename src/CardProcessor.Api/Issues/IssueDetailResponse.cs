using CardProcessor.Data.Issues;

namespace CardProcessor.Api.Issues;

public sealed record IssueDetailResponse(IssueResponse Issue, IReadOnlyList<IssueEventResponse> History);

public sealed record IssueEventResponse(string Action, IssueStatus? FromStatus, IssueStatus? ToStatus, string Actor, string? Note, DateTimeOffset At);
