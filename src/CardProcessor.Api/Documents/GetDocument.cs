using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Documents;

internal static class GetDocument
{
    public static async Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, CardProcessorDbContext db, CancellationToken cancellationToken) =>
        await db.Documents.AsNoTracking().Where(d => d.Id == id).Select(DocumentResponse.Projection)
            .FirstOrDefaultAsync(cancellationToken) is { } document
            ? TypedResults.Ok(document)
            : Problems.NotFound($"Document {id}");
}
