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
        if (ETags.FromIfMatch(request) is not { } version)
        {
            return Problems.PreconditionRequired();
        }

        var token = db.Entry(entity).Property<uint>("Version");
        if (token.CurrentValue != version)
        {
            return Problems.PreconditionFailed();
        }

        token.OriginalValue = version;
        return null;
    }
}
