namespace CardProcessor.Web.Api.Models;

public sealed record SessionDocument(
    Guid Id, string Kind, string FileName, int PageCount, string Status, string? Error,
    IReadOnlyList<DocumentFinding> Findings);
