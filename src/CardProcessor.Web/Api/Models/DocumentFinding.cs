namespace CardProcessor.Web.Api.Models;

public sealed record DocumentFinding(string Code, string Message, string? CardLast4, string? Reference);
