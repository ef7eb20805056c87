using System.Globalization;

namespace CardProcessor.Processing.Auditing;

/// <summary>One audited change: what was done to which entity, and the entity before and after (as JSON).</summary>
public sealed record AuditChange(AuditAction Action, string EntityId, object? Before, object? After)
{
    public AuditChange(AuditAction action, Guid entityId, object? before, object? after)
        : this(action, entityId.ToString("D", CultureInfo.InvariantCulture), before, after)
    {
    }
}
