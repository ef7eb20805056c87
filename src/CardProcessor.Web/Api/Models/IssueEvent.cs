namespace CardProcessor.Web.Api.Models;

public sealed record IssueEvent(
    string Action, string? FromStatus, string? ToStatus, string Actor, string? Note, DateTimeOffset At);
