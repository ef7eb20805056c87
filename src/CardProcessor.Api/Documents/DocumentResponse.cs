using System.Linq.Expressions;
using CardProcessor.Data.Documents;

namespace CardProcessor.Api.Documents;

public sealed record DocumentResponse(
    Guid Id,
    Guid SessionId,
    SourceDocumentKind Kind,
    string? Layout,
    string FileName,
    long Size,
    string Sha256,
    int PageCount,
    DocumentStatus Status,
    string? Error,
    int Attempts,
    string? Extractor,
    int PagesByDocumentIntelligence,
    string UploadedBy,
    DateTimeOffset UploadedAt,
    DateTimeOffset? ExtractedAt,
    IReadOnlyList<DocumentFinding> Findings)
{
    public static readonly Expression<Func<SourceDocument, DocumentResponse>> Projection = d => new DocumentResponse(
        d.Id, d.SessionId, d.Kind, d.Layout, d.FileName, d.Size, d.Sha256, d.PageCount, d.Status, d.Error, d.Attempts,
        d.Extractor, d.PagesByDocumentIntelligence, d.UploadedBy, d.UploadedAt, d.ExtractedAt, d.Findings);

    private static readonly Func<SourceDocument, DocumentResponse> s_compiled = Projection.Compile();

    public static DocumentResponse From(SourceDocument document) => s_compiled(document);
}
