namespace CardProcessor.Web.Api.Models;

public sealed record UploadedDocument(
    Guid Id, string Kind, string FileName, int PageCount, string Status);
