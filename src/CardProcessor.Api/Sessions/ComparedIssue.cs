namespace CardProcessor.Api.Sessions;

public sealed record ComparedIssue(Guid Id, string Rule, string Subject, string Message);
