namespace CardProcessor.Web.Api.Models;

public sealed record Progress(
    Guid SessionId, string Status, int DocumentsDone, int DocumentCount, IReadOnlyList<DocumentProgress> Documents);
