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
        documents.MapGet("/documents/{id:guid}/pages/{page:int}", GetDocumentPage.HandleAsync)
            .WithName("GetDocumentPage")
            .WithSummary("One page of a stored document, as a one-page PDF")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .RequireAuthorization(Policies.Read);
        documents.MapPost("/documents/{id:guid}/retry", RetryDocument.HandleAsync)
            .WithName("RetryDocument")
            .WithSummary("Queue a failed document again")
            .RequireAuthorization(Policies.Process);
        return api;
    }
}
