using CardProcessor.Data;
using CardProcessor.Data.Documents;
using CardProcessor.Data.Sessions;
using CardProcessor.Processing.Storage;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Sessions;

internal static class ParentDocuments
{
    /// <summary>
    /// Copies the parent's documents into a child session: new rows ready to process, and blob copies of
    /// their own, so that deleting the child never removes a file the parent still needs.
    /// </summary>
    public static async Task CopyAsync(
        CardProcessorDbContext db,
        IDocumentStore store,
        Guid parentId,
        ProcessingSession child,
        string actor,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var originals = await db.Documents.AsNoTracking()
            .Where(d => d.SessionId == parentId)
            .OrderBy(d => d.UploadedAt)
            .ToListAsync(cancellationToken);
        foreach (var original in originals)
        {
            var copy = new SourceDocument
            {
                Id = Guid.CreateVersion7(),
                SessionId = child.Id,
                Kind = original.Kind,
                Layout = original.Layout,
                FileName = original.FileName,
                Size = original.Size,
                Sha256 = original.Sha256,
                BlobName = string.Empty,
                PageCount = original.PageCount,
                UploadedBy = actor,
                UploadedAt = now,
            };
            copy.BlobName = DocumentBlobs.NameFor(child.Id, copy.Id);
            await using (var content = await store.OpenReadAsync(original.BlobName, cancellationToken))
            {
                await store.UploadAsync(copy.BlobName, content, "application/pdf", cancellationToken);
            }

            child.Documents.Add(copy);
        }
    }
}
