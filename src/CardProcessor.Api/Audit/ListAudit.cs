using CardProcessor.Api.Paging;
using CardProcessor.Data;

namespace CardProcessor.Api.Audit;

/// <param name="Entity">Entity type: session, document, employee, card, receipt, validation_issue, report.</param>
/// <param name="EntityId">One entity's id.</param>
/// <param name="Actor">Who made the changes.</param>
/// <param name="From">From this time (inclusive).</param>
/// <param name="To">Up to this time (exclusive).</param>
public sealed record AuditFilter(
    string? Entity,
    string? EntityId,
    string? Actor,
    DateTimeOffset? From,
    DateTimeOffset? To);

internal static class ListAudit
{
    public static async Task<PagedResult<AuditEntryResponse>> HandleAsync(
        [AsParameters] PageRequest page,
        [AsParameters] AuditFilter filter,
        CardProcessorDbContext db,
        CancellationToken cancellationToken)
    {
        var query = db.AuditLog.AsQueryable();
        if (filter.Entity is { Length: > 0 } entity)
        {
            query = query.Where(a => a.EntityType == entity);
        }

        if (filter.EntityId is { Length: > 0 } entityId)
        {
            query = query.Where(a => a.EntityId == entityId);
        }

        if (filter.Actor is { Length: > 0 } actor)
        {
            query = query.Where(a => a.Actor == actor);
        }

        if (filter.From is { } from)
        {
            query = query.Where(a => a.At >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(a => a.At < to);
        }

        return await query
            .OrderByDescending(a => a.Id)
            .Select(a => new AuditEntryResponse(
                a.Id, a.Actor, a.Action, a.EntityType, a.EntityId, a.Before, a.After, a.CorrelationId, a.At))
            .ToPageAsync(page, cancellationToken);
    }
}
