using CardProcessor.Api.Authentication;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Documents;

internal static class DocumentsApi
{
    public static RouteGroupBuilder MapDocumentsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/sessions/{id:guid}/documents", UploadDocument.HandleAsync)
            .WithName("UploadDocument")
            .WithTags("Documents")
            .Accepts<UploadDocumentForm>("multipart/form-data")
            .RequireAuthorization(Policies.Process);
        api.MapGet("/sessions/{id:guid}/documents", ListAsync).WithName("ListDocuments").WithTags("Documents").RequireAuthorization(Policies.Read);
        api.MapGet("/documents/{id:guid}", GetAsync).WithName("GetDocument").WithTags("Documents").RequireAuthorization(Policies.Read);
        return api;
    }

    private static async Task<Ok<List<DocumentResponse>>> ListAsync(Guid id, CardProcessorDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Documents.AsNoTracking().Where(d => d.SessionId == id).OrderBy(d => d.UploadedAt).Select(DocumentResponse.Projection).ToListAsync(cancellationToken));

    private static async Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> GetAsync(Guid id, CardProcessorDbContext db, CancellationToken cancellationToken) =>
        await db.Documents.AsNoTracking().Where(d => d.Id == id).Select(DocumentResponse.Projection).FirstOrDefaultAsync(cancellationToken) is { } document
            ? TypedResults.Ok(document)
            : Problems.NotFound($"Document {id}");
}

/// <summary>The upload form, for the OpenAPI document: a PDF and, optionally, its kind.</summary>
public sealed record UploadDocumentForm(IFormFile File, string? Kind);
