using CardProcessor.Data.Documents;
using CardProcessor.Data.Sessions;

namespace CardProcessor.Api.Sessions;

public sealed record ProgressResponse(
    Guid SessionId,
    SessionStatus Status,
    int DocumentsDone,
    int DocumentCount,
    IReadOnlyList<DocumentProgressResponse> Documents)
{
    public static ProgressResponse From(ProcessingSession session)
    {
        var documents = session.Documents
            .OrderBy(d => d.UploadedAt)
            .Select(d => new DocumentProgressResponse(
                d.Id, d.FileName, d.Kind, d.Status, d.PageCount, d.PagesDone, d.Attempts, d.Error, d.Extractor,
                d.PagesByDocumentIntelligence))
            .ToList();
        return new ProgressResponse(
            session.Id,
            session.Status,
            documents.Count(d => d.Status.IsFinal()),
            documents.Count,
            documents);
    }
}
