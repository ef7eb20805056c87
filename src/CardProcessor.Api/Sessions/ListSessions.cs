using CardProcessor.Api.Paging;
using CardProcessor.Data;
using CardProcessor.Data.Sessions;

namespace CardProcessor.Api.Sessions;

/// <param name="Status">Only sessions in this status.</param>
/// <param name="Period">Only sessions whose billing period contains this date.</param>
public sealed record SessionFilter(SessionStatus? Status, DateOnly? Period);

internal static class ListSessions
{
    public static async Task<PagedResult<SessionResponse>> HandleAsync(
        [AsParameters] PageRequest page,
        [AsParameters] SessionFilter filter,
        CardProcessorDbContext db,
        CancellationToken cancellationToken)
    {
        var query = db.Sessions.AsQueryable();
        if (filter.Status is { } status)
        {
            query = query.Where(s => s.Status == status);
        }

        if (filter.Period is { } day)
        {
            query = query.Where(s => s.PeriodStart <= day && s.PeriodEnd >= day);
        }

        return await query
            .OrderByDescending(s => s.PeriodStart)
            .ThenByDescending(s => s.CreatedAt)
            .Select(SessionResponse.Projection)
            .ToPageAsync(page, cancellationToken);
    }
}
