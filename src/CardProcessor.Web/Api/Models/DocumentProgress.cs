namespace CardProcessor.Web.Api.Models;

public sealed record DocumentProgress(
    Guid DocumentId, string FileName, string Kind, string Status, int PageCount, int PagesDone, int Attempts,
    string? Error);
