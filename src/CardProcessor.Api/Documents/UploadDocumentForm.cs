namespace CardProcessor.Api.Documents;

/// <summary>The upload form, for the OpenAPI document: a PDF and, optionally, its kind.</summary>
public sealed record UploadDocumentForm(IFormFile File, string? Kind);
