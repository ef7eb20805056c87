using CardProcessor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Documents;

internal static class ListDocuments
{
    /// <summary>A session's documents in upload order, with their status and reconciliation findings.</summary>
    public static async Task<Ok<List<DocumentResponse>>> HandleAsync(
        Guid id, CardProcessorDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Documents.AsNoTracking()
            .Where(d => d.SessionId == id)
            .OrderBy(d => d.UploadedAt)
            .Select(DocumentResponse.Projection)
            .ToListAsync(cancellationToken));
}
