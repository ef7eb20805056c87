using CardProcessor.Data;

namespace CardProcessor.Api.Hosting;

internal static class Concurrency
{
    /// <summary>
    /// Makes the coming UPDATE conditional on the version the caller read (its If-Match), not the version
    /// this request loaded: two reviewers who read the same version cannot both write, whatever the timing.
    /// A lost race surfaces as DbUpdateConcurrencyException, which the exception handler turns into 412.
    /// </summary>
    public static void ExpectVersion<TEntity>(this CardProcessorDbContext db, TEntity entity, uint version)
        where TEntity : class =>
        db.Entry(entity).Property("Version").OriginalValue = version;
}
