using CardProcessor.Data;
using CardProcessor.Data.Receipts;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports.Summary;

public static class ReportSummaryQuery
{
    /// <summary>
    /// Totals by employee, merchant group and category, receipt coverage, issues by rule and status,
    /// processing time; null when there is no such session.
    /// </summary>
    public static async Task<ReportSummaryResponse?> LoadAsync(
        CardProcessorDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var header = await db.Sessions.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new
            {
                s.Name, s.PeriodStart, s.PeriodEnd, s.Status, s.ProcessingStartedAt, s.ProcessingCompletedAt,
                Documents = s.Documents.Count, Pages = s.Documents.Sum(d => d.PageCount),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (header is null)
        {
            return null;
        }

        var transactions = db.Transactions.AsNoTracking().Where(t => t.SessionId == id);
        var receipts = db.Receipts.AsNoTracking().Where(r => r.SessionId == id);
        var totals = await transactions.GroupBy(_ => 1)
            .Select(g => new TransactionTotals(
                g.Count(),
                g.Sum(t => t.Amount),
                g.Sum(t => t.Amount > 0 ? t.Amount : 0),
                g.Sum(t => t.Amount < 0 ? t.Amount : 0)))
            .FirstOrDefaultAsync(cancellationToken) ?? new TransactionTotals(0, 0, 0, 0);
        // Aggregates over a group take a plain condition, not MatchStatusExtensions.PaysItsCharge: keep the two
        // spellings of "Matched or Confirmed" in step (MatchStatusExtensions is the rule's home).
        var receiptTotals = await receipts.GroupBy(_ => 1)
            .Select(g => new ReceiptTotals(
                g.Count(),
                g.Sum(r => r.Amount),
                g.Count(r => r.MatchStatus == MatchStatus.Matched || r.MatchStatus == MatchStatus.Confirmed),
                g.Sum(r => r.MatchStatus == MatchStatus.Matched || r.MatchStatus == MatchStatus.Confirmed
                    ? r.Amount
                    : 0)))
            .FirstOrDefaultAsync(cancellationToken) ?? new ReceiptTotals(0, 0, 0, 0);

        var names = await EmployeeNames.LoadAsync(db, id, cancellationToken);
        var byEmployee = (await transactions
                .GroupBy(t => new { t.EmployeeId, Holder = t.EmployeeId == null ? t.Card!.HolderName : null })
                .Select(g => new { g.Key.EmployeeId, g.Key.Holder, Count = g.Count(), Total = g.Sum(t => t.Amount) })
                .ToListAsync(cancellationToken))
            .Select(g => new EmployeeTotal(
                g.EmployeeId, names.Of(g.EmployeeId) ?? g.Holder ?? string.Empty, g.Count, g.Total))
            .OrderByDescending(e => e.Total).ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        var byMerchantGroup = Ordered(await transactions.GroupBy(t => t.MerchantGroup)
            .Select(g => new GroupTotal(g.Key, g.Count(), g.Sum(t => t.Amount)))
            .ToListAsync(cancellationToken));
        var byCategory = Ordered(await receipts.GroupBy(r => r.ExpenseType)
            .Select(g => new GroupTotal(g.Key, g.Count(), g.Sum(r => r.Amount)))
            .ToListAsync(cancellationToken));
        var issues = (await db.ValidationIssues.AsNoTracking().Where(i => i.SessionId == id)
                .GroupBy(i => new { i.RuleCode, i.Status })
                .Select(g => new IssueCount(g.Key.RuleCode, g.Key.Status, g.Count()))
                .ToListAsync(cancellationToken))
            .OrderBy(i => i.RuleCode, StringComparer.Ordinal).ThenBy(i => i.Status)
            .ToList();

        var seconds = header.ProcessingCompletedAt - header.ProcessingStartedAt;
        var processing = new ProcessingTime(
            header.ProcessingStartedAt,
            header.ProcessingCompletedAt,
            seconds?.TotalSeconds,
            header.Documents,
            header.Pages);
        return new ReportSummaryResponse(
            id, header.Name, header.PeriodStart, header.PeriodEnd, header.Status, totals, receiptTotals,
            byEmployee, byMerchantGroup, byCategory, issues, processing);
    }

    private static List<GroupTotal> Ordered(List<GroupTotal> groups) =>
        groups.OrderByDescending(g => g.Total).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
}
