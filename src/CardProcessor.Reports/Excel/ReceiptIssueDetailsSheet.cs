using CardProcessor.Data;
using CardProcessor.Data.Issues;
using CardProcessor.Data.Receipts;
using CardProcessor.Processing.Validation.Rules;
using CardProcessor.Reports.Cards;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Reports.Excel;

/// <summary>
/// What is still wrong with receipts, one row per receipt or charge, from the open issues: a charge
/// without a receipt (every charge of a card with none at all), a receipt without coding or image,
/// or paying a charge of another amount. A row with several problems lists them all in Status.
/// </summary>
internal static class ReceiptIssueDetailsSheet
{
    public const string Name = "Receipt Issue Details";

    /// <summary>The rules this sheet reports, in the order Status lists them.</summary>
    private static readonly (string Rule, string Label)[] s_statuses =
    [
        (RuleCodes.MissingAllReceipts, "Missing All Receipts"),
        (RuleCodes.ChargeWithoutReceipt, "Missing Receipt"),
        (RuleCodes.MissingCoding, "Missing Coding"),
        (RuleCodes.MissingAttachment, "Missing Attachment"),
        (RuleCodes.AmountMismatch, "Amount Mismatch"),
    ];

    private static readonly SheetColumn<DetailRow>[] s_columns =
    [
        new("Name", CellKind.Text, r => r.Name),
        new("Expense", CellKind.Text, r => r.Expense),
        new("Date", CellKind.Date, r => r.Date),
        new("Amount", CellKind.Money, r => r.Amount),
        new("Purpose", CellKind.Text, r => r.Purpose),
        new("Merchant Name", CellKind.Text, r => r.Merchant),
        new("Merchant Address", CellKind.Text, r => r.MerchantAddress),
        new("Status", CellKind.Text, r => r.Status),
        new("Card", CellKind.Text, r => r.Card),
        new("Transaction #", CellKind.Text, r => r.Reference),
    ];

    public static async Task<IWorkbookSheet> LoadAsync(CardProcessorDbContext db, ReportSession session, IReadOnlyList<SessionCard> cards, EmployeeNames names, CancellationToken cancellationToken)
    {
        var rules = s_statuses.Select(s => s.Rule).ToList();
        var issues = await db.ValidationIssues.AsNoTracking()
            .Where(i => i.SessionId == session.Id && (i.Status == IssueStatus.Open || i.Status == IssueStatus.Reopened) && rules.Contains(i.RuleCode))
            .Select(i => new { i.RuleCode, i.CardId, i.TransactionId, i.ReceiptId })
            .ToListAsync(cancellationToken);
        var labels = s_statuses.ToDictionary(s => s.Rule, s => s.Label);
        var byCard = cards.ToDictionary(c => c.CardId);

        var cardsWithoutReceipts = issues.Where(i => i.RuleCode == RuleCodes.MissingAllReceipts && i.CardId is not null).Select(i => i.CardId!.Value).ToHashSet();
        var chargeIssues = issues.Where(i => i.RuleCode == RuleCodes.ChargeWithoutReceipt && i.TransactionId is not null).ToLookup(i => i.TransactionId!.Value, i => labels[i.RuleCode]);
        var receiptIssues = issues.Where(i => i.ReceiptId is not null && i.RuleCode != RuleCodes.ChargeWithoutReceipt).ToLookup(i => i.ReceiptId!.Value, i => labels[i.RuleCode]);

        var chargeIds = chargeIssues.Select(g => g.Key).ToList();
        var cardIds = cardsWithoutReceipts.ToList();
        var charges = await db.Transactions.AsNoTracking()
            .Where(t => t.SessionId == session.Id && (chargeIds.Contains(t.Id) || (cardIds.Contains(t.CardId) && t.Amount > 0)))
            .Select(t => new { t.Id, t.CardId, t.Card!.Last4, t.Card.HolderName, t.MerchantGroup, t.TransactionDate, t.Amount, t.Merchant, t.City, t.State, t.Reference })
            .ToListAsync(cancellationToken);
        var receiptIds = receiptIssues.Select(g => g.Key).ToList();
        var receipts = await db.Receipts.AsNoTracking()
            .Where(r => receiptIds.Contains(r.Id))
            .Select(r => new { r.Id, r.EmployeeId, r.EmployeeName, r.Title, r.ExpenseType, r.Date, r.Amount, r.Purpose, r.Merchant, r.MerchantAddress, r.CardId,
                Reference = r.MatchStatus == MatchStatus.Matched || r.MatchStatus == MatchStatus.Confirmed ? r.MatchedTransaction!.Reference : null,
            })
            .ToListAsync(cancellationToken);

        var rows = new List<DetailRow>();
        foreach (var t in charges)
        {
            var problems = chargeIssues[t.Id].ToList();
            if (cardsWithoutReceipts.Contains(t.CardId))
            {
                problems.Add(labels[RuleCodes.MissingAllReceipts]);
            }

            var place = string.Join(", ", new[] { t.City, t.State }.Where(p => !string.IsNullOrEmpty(p)));
            rows.Add(new DetailRow(byCard.GetValueOrDefault(t.CardId)?.Name ?? t.HolderName, t.MerchantGroup, t.TransactionDate, t.Amount, null, t.Merchant,
                place.Length > 0 ? place : null, StatusOf(problems), t.Last4, t.Reference));
        }

        foreach (var r in receipts)
        {
            rows.Add(new DetailRow(names.Of(r.EmployeeId) ?? r.EmployeeName, r.Title ?? r.ExpenseType, r.Date, r.Amount, r.Purpose, r.Merchant,
                r.MerchantAddress, StatusOf(receiptIssues[r.Id]), r.CardId is { } id ? byCard.GetValueOrDefault(id)?.Last4 : null, r.Reference));
        }

        var ordered = rows.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Date).ThenBy(r => r.Amount).ToList();
        return new WorkbookSheet<DetailRow>(Name, s_columns, ordered);
    }

    private static string StatusOf(IEnumerable<string> problems)
    {
        var present = problems.ToHashSet();
        return string.Join(", ", s_statuses.Select(s => s.Label).Where(present.Contains));
    }

    private sealed record DetailRow(
        string Name,
        string? Expense,
        DateOnly Date,
        decimal Amount,
        string? Purpose,
        string? Merchant,
        string? MerchantAddress,
        string Status,
        string? Card,
        string? Reference);
}
