using CardProcessor.Data;
using CardProcessor.Data.Sessions;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports.Trends;

/// <summary>The database's sums for each grouping, per statement month.</summary>
internal static class TrendQueries
{
    private const string Uncategorised = "(none)";

    /// <summary>
    /// Charges and credits by the card's owner; a vehicle's or an unowned card by its printed holder name.
    /// </summary>
    public static async Task<List<TrendRow>> ByEmployeeAsync(
        CardProcessorDbContext db, IQueryable<ProcessingSession> sessions, CancellationToken cancellationToken)
    {
        var rows = await (
                from t in db.Transactions
                join s in sessions on t.SessionId equals s.Id
                group t by new
                {
                    s.PeriodEnd.Year,
                    s.PeriodEnd.Month,
                    t.EmployeeId,
                    Holder = t.EmployeeId == null ? t.Card!.HolderName : null,
                } into g
                select new
                {
                    g.Key.Year,
                    g.Key.Month,
                    g.Key.EmployeeId,
                    g.Key.Holder,
                    Count = g.Count(),
                    Total = g.Sum(t => t.Amount),
                })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.EmployeeId).OfType<Guid>().Distinct().ToList();
        var names = await EmployeeNames.LoadAsync(db.Employees.Where(e => ids.Contains(e.Id)), cancellationToken);
        return rows
            .Select(r => r.EmployeeId is { } id
                ? new TrendRow(r.Year, r.Month, id.ToString(), names.Of(id) ?? id.ToString(), r.Count, r.Total)
                : new TrendRow(r.Year, r.Month, "card:" + r.Holder, r.Holder ?? string.Empty, r.Count, r.Total))
            .ToList();
    }

    /// <summary>
    /// Receipts by the expense category the receipt report prints (Fuel, Travel, Meals &amp; Entertainment, ...).
    /// </summary>
    public static async Task<List<TrendRow>> ByCategoryAsync(
        CardProcessorDbContext db, IQueryable<ProcessingSession> sessions, CancellationToken cancellationToken) =>
        (await (
                from r in db.Receipts
                join s in sessions on r.SessionId equals s.Id
                group r by new { s.PeriodEnd.Year, s.PeriodEnd.Month, r.ExpenseType } into g
                select new
                {
                    g.Key.Year, g.Key.Month, g.Key.ExpenseType, Count = g.Count(), Total = g.Sum(r => r.Amount),
                })
            .ToListAsync(cancellationToken))
        .Select(r => new TrendRow(
            r.Year, r.Month, r.ExpenseType ?? Uncategorised, r.ExpenseType ?? Uncategorised, r.Count, r.Total))
        .ToList();

    /// <summary>Charges and credits by the card program's merchant group (FUEL, HOTELS, ...).</summary>
    public static async Task<List<TrendRow>> ByMerchantGroupAsync(
        CardProcessorDbContext db, IQueryable<ProcessingSession> sessions, CancellationToken cancellationToken) =>
        (await (
                from t in db.Transactions
                join s in sessions on t.SessionId equals s.Id
                group t by new { s.PeriodEnd.Year, s.PeriodEnd.Month, t.MerchantGroup } into g
                select new
                {
                    g.Key.Year, g.Key.Month, g.Key.MerchantGroup, Count = g.Count(), Total = g.Sum(t => t.Amount),
                })
            .ToListAsync(cancellationToken))
        .Select(r => new TrendRow(
            r.Year, r.Month, r.MerchantGroup ?? Uncategorised, r.MerchantGroup ?? Uncategorised, r.Count, r.Total))
        .ToList();
}
