using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Api.Paging;

internal static class PagingExtensions
{
    /// <summary>Counts, then reads one page; <paramref name="query"/> must already be ordered.</summary>
    public static async Task<PagedResult<T>> ToPageAsync<T>(
        this IQueryable<T> query,
        PageRequest page,
        CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return new PagedResult<T>(items, page.Number, page.Size, total);
    }
}
