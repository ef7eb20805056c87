using CardProcessor.Api.Authentication;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using CardProcessor.Data.Documents;
using CardProcessor.Data.Sessions;
using CardProcessor.Extraction.Limits;
using CardProcessor.Processing.Auditing;
using CardProcessor.Processing.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CardProcessor.Api.Documents;

internal static class UploadDocument
{
    /// <summary>
    /// Streams the multipart field <c>file</c> to a temporary file (hashing it on the way), checks it is a
    /// PDF by content, refuses a file already in the session, checks it against the document limits and
    /// recognises its kind from a bounded look at its first page (unless the field <c>kind</c> names it),
    /// and streams it to the blob store. The file name is stored and echoed cleaned.
    /// </summary>
    public static async Task<Results<Created<DocumentResponse>, ProblemHttpResult>> HandleAsync(
        Guid id,
        HttpRequest request,
        CardProcessorDbContext db,
        IDocumentStore store,
        IOptions<DocumentLimits> limits,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var maxBytes = limits.Value.MaxFileBytes;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            // Room for the multipart framing around the file itself.
            limit.MaxRequestBodySize = maxBytes + (64 * 1024);
        }

        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return Problems.NotFound($"Session {id}");
        }

        session.Require(SessionAction.AddDocument);

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return TypedResults.Problem(
                "Send the PDF as multipart/form-data in a field named 'file'.",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type");
        }

        var form = await MultipartUpload.ReadAsync(new MultipartReader(boundary, request.Body), cancellationToken);
        await using var file = form.File;
        if (file is null)
        {
            return Problems.BadRequest("The multipart field 'file' is missing.");
        }

        var fileName = UploadFileName.Clean(form.FileName);

        if (file.Size == 0)
        {
            return Problems.BadRequest($"The file '{fileName}' is empty.");
        }

        if (file.Size > maxBytes)
        {
            return TypedResults.Problem(
                $"The file is {file.Size:N0} bytes; the limit is {maxBytes:N0}.",
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Payload too large");
        }

        if (!file.LooksLikePdf)
        {
            return TypedResults.Problem(
                $"'{fileName}' is not a PDF (its content does not start with %PDF-).",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type");
        }

        SourceDocumentKind? requested = null;
        if (form.Kind is { Length: > 0 } kindText)
        {
            if (!Enum.TryParse<SourceDocumentKind>(kindText, ignoreCase: true, out var parsed)
                || !Enum.IsDefined(parsed))
            {
                return Problems.BadRequest($"Unknown kind '{kindText}'; use Statement or ReceiptReport.");
            }

            requested = parsed;
        }

        var duplicate = await db.Documents.Where(d => d.SessionId == id
            && d.Sha256 == file.Sha256).Select(d => new { d.Id, d.FileName }).FirstOrDefaultAsync(cancellationToken);
        if (duplicate is not null)
        {
            return Problems.Conflict(
                $"This file is already in the session as '{duplicate.FileName}' (document {duplicate.Id}).");
        }

        var inspection = PdfInspection.Inspect(file, limits.Value);
        var kind = requested ?? inspection.Kind;
        if (kind is null)
        {
            return Problems.BadRequest(
                $"'{fileName}' is not a recognisable statement or receipt report (expected a cardholder " +
                "activity report, an issuer statement, a receipt images report or an expense receipt report). If it " +
                "is a scan, send the field 'kind'.");
        }

        var now = time.GetUtcNow();
        var document = new SourceDocument
        {
            Id = Guid.CreateVersion7(),
            SessionId = id,
            Kind = kind.Value,
            Layout = inspection.Layout,
            FileName = fileName,
            Size = file.Size,
            Sha256 = file.Sha256,
            BlobName = string.Empty,
            PageCount = inspection.PageCount,
            UploadedBy = CurrentUser.NameOf(request.HttpContext.User),
            UploadedAt = now,
        };
        document.BlobName = DocumentBlobs.NameFor(id, document.Id);

        await using (var content = file.OpenRead())
        {
            await store.UploadAsync(document.BlobName, content, "application/pdf", cancellationToken);
        }

        db.Documents.Add(document);
        db.Audit(CurrentUser.ActorOf(request.HttpContext), DocumentAudit.Uploaded(document));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent upload of the same file won the unique index: keep one blob, not two.
            await store.DeleteIfExistsAsync(document.BlobName, CancellationToken.None);
            throw;
        }

        return TypedResults.Created($"/api/v1/documents/{document.Id}", DocumentResponse.From(document));
    }
}
