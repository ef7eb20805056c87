using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using CardProcessor.Processing.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace CardProcessor.Api.Documents;

internal static class GetDocumentPage
{
    /// <summary>
    /// One page of a stored document as a one-page PDF, so a reviewer sees the statement page a
    /// charge is printed on, or a receipt's image, without downloading the whole file. A stored
    /// document never changes (its name is its SHA-256), so the page is cached by the browser and
    /// its strong ETag answers a revalidation with 304.
    /// </summary>
    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> HandleAsync(
        Guid id,
        int page,
        CardProcessorDbContext db,
        IDocumentStore store,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new { d.BlobName, d.Sha256, d.PageCount })
            .FirstOrDefaultAsync(cancellationToken);
        if (document is null)
        {
            return Problems.NotFound($"Document {id}");
        }

        if (page < 1 || page > document.PageCount)
        {
            return Problems.NotFound($"Page {page} of document {id} (it has {document.PageCount} pages)");
        }

        var etag = new EntityTagHeaderValue($"\"{document.Sha256[..32]}-{page}\"");
        http.Response.Headers.CacheControl = "private, max-age=86400, immutable";
        http.Response.Headers.ETag = etag.ToString();
        if (http.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var bytes = await PageCopy.ExtractAsync(store, document.BlobName, page, cancellationToken);
        return TypedResults.File(bytes, "application/pdf", $"page-{page}.pdf");
    }
}
