using CardProcessor.Data;
using CardProcessor.Data.Receipts;
using CardProcessor.Processing.Names;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Processing.Validation;

internal static class ReceiptOwners
{
    /// <summary>
    /// A reviewer's alias ("Priya R. Guidry" is Priya Smith) applies to receipts already stored: they move
    /// to the alias's employee before matching, so the next validation run sees them as that person's.
    /// </summary>
    public static async Task RelinkAliasedAsync(
        CardProcessorDbContext db,
        IReadOnlyList<Receipt> receipts,
        CancellationToken cancellationToken)
    {
        var byName = receipts.GroupBy(r => PersonName.Normalize(r.EmployeeName))
            .ToDictionary(g => g.Key, g => g.ToList());
        var names = byName.Keys.ToList();
        var aliases = await db.EmployeeAliases.AsNoTracking()
            .Where(a => names.Contains(a.NormalizedAlias))
            .Select(a => new { a.NormalizedAlias, a.EmployeeId })
            .ToListAsync(cancellationToken);
        foreach (var alias in aliases)
        {
            foreach (var receipt in byName[alias.NormalizedAlias].Where(r => r.EmployeeId != alias.EmployeeId))
            {
                receipt.EmployeeId = alias.EmployeeId;
            }
        }
    }
}
