using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CardProcessor.Api.Concurrency;

internal static class IfMatch
{
    /// <summary>
    /// The If-Match rule for a change a person makes: 428 without the header, 412 when the ETag is not the
    /// entity's current version. When it matches, the coming UPDATE is made conditional on that version in
    /// the database, so two reviewers who read the same version cannot both write, whatever the timing; the
    /// loser's DbUpdateConcurrencyException becomes 412 in the exception handler.
    /// </summary>
    public static ProblemHttpResult? CheckIfMatch<TEntity>(
        this CardProcessorDbContext db,
        HttpRequest request,
        TEntity entity)
        where TEntity : class
    {
        var token = db.Entry(entity).Property<uint>("Version");
        switch (ETags.IfMatchAccepts(request, token.CurrentValue))
        {
            case null:
                return Problems.PreconditionRequired();
            case false:
                return Problems.PreconditionFailed();
        }

        token.OriginalValue = token.CurrentValue;
        return null;
    }
}
