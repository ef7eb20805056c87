namespace CardProcessor.Web.Api.Models;

public sealed record ComparedIssue(Guid Id, string Rule, string Subject, string Message);
