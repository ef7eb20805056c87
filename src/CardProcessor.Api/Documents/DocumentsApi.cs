using CardProcessor.Api.Authentication;

namespace CardProcessor.Api.Documents;

internal static class DocumentsApi
{
    public static RouteGroupBuilder MapDocumentsApi(this RouteGroupBuilder api)
    {
        var documents = api.MapGroup(string.Empty).WithTags("Documents");
        documents.MapPost("/sessions/{id:guid}/documents", UploadDocument.HandleAsync)
            .WithName("UploadDocument")
            .Accepts<UploadDocumentForm>("multipart/form-data")
            .RequireAuthorization(Policies.Process);
        documents.MapGet("/sessions/{id:guid}/documents", ListDocuments.HandleAsync)
            .WithName("ListDocuments").RequireAuthorization(Policies.Read);
        documents.MapGet("/documents/{id:guid}", GetDocument.HandleAsync)
            .WithName("GetDocument").RequireAuthorization(Policies.Read);
        return api;
    }
}
