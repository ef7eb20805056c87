using CardProcessor.Data.Issues;

namespace CardProcessor.Api.Issues;

public sealed record IssueEventResponse(
    string Action, IssueStatus? FromStatus, IssueStatus? ToStatus, string Actor, string? Note, DateTimeOffset At);
