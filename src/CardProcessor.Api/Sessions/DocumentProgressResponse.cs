using CardProcessor.Data.Documents;

namespace CardProcessor.Api.Sessions;

public sealed record DocumentProgressResponse(
    Guid DocumentId,
    string FileName,
    SourceDocumentKind Kind,
    DocumentStatus Status,
    int PageCount,
    int PagesDone,
    int Attempts,
    string? Error,
    string? Extractor,
    int PagesByDocumentIntelligence);
