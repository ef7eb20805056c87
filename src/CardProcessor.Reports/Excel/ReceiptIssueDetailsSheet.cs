using CardProcessor.Data;
using CardProcessor.Data.Issues;
using CardProcessor.Processing.Validation.Rules;
using CardProcessor.Reports.Rows;
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

    private static readonly Dictionary<string, string> s_labels = s_statuses.ToDictionary(s => s.Rule, s => s.Label);

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

    /// <summary>
    /// The issues come from the database; the charges and receipts they name from the rows the other sheets show.
    /// </summary>
    public static async Task<IWorkbookSheet> LoadAsync(
        CardProcessorDbContext db, WorkbookData data, CancellationToken cancellationToken)
    {
        var rules = s_statuses.Select(s => s.Rule).ToList();
        var issues = await db.ValidationIssues.AsNoTracking()
            .Where(i => i.SessionId == data.Session.Id && rules.Contains(i.RuleCode))
            .Where(IssueStatusExtensions.OpenIssue)
            .Select(i => new { i.RuleCode, i.CardId, i.TransactionId, i.ReceiptId })
            .ToListAsync(cancellationToken);

        var cardsWithoutReceipts = issues
            .Where(i => i.RuleCode == RuleCodes.MissingAllReceipts && i.CardId is not null)
            .Select(i => i.CardId!.Value)
            .ToHashSet();
        var chargeIssues = issues
            .Where(i => i.RuleCode == RuleCodes.ChargeWithoutReceipt && i.TransactionId is not null)
            .ToLookup(i => i.TransactionId!.Value, i => s_labels[i.RuleCode]);
        var receiptIssues = issues
            .Where(i => i.ReceiptId is not null && i.RuleCode != RuleCodes.ChargeWithoutReceipt)
            .ToLookup(i => i.ReceiptId!.Value, i => s_labels[i.RuleCode]);

        var rows = new List<DetailRow>();
        var charges = data.Transactions
            .Where(t => chargeIssues.Contains(t.Id) || (cardsWithoutReceipts.Contains(t.CardId) && t.Amount > 0));
        foreach (var t in charges)
        {
            var problems = chargeIssues[t.Id].ToList();
            if (cardsWithoutReceipts.Contains(t.CardId))
            {
                problems.Add(s_labels[RuleCodes.MissingAllReceipts]);
            }

            rows.Add(ChargeRow(data, t, StatusOf(problems)));
        }

        foreach (var r in data.Receipts.Where(r => receiptIssues.Contains(r.Id)))
        {
            rows.Add(ReceiptRowOf(data, r, StatusOf(receiptIssues[r.Id])));
        }

        var ordered = rows
            .OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Date).ThenBy(r => r.Amount)
            .ToList();
        return new WorkbookSheet<DetailRow>(Name, s_columns, ordered);
    }

    /// <summary>
    /// A charge's row: its merchant group stands for the expense, its city and state for the address.
    /// </summary>
    private static DetailRow ChargeRow(WorkbookData data, TransactionRow t, string status)
    {
        var place = string.Join(", ", new[] { t.City, t.State }.Where(p => !string.IsNullOrEmpty(p)));
        return new DetailRow(
            data.CardName(t.CardId, t.HolderName), t.MerchantGroup, t.TransactionDate, t.Amount, null, t.Merchant,
            place.Length > 0 ? place : null, status, t.CardLast4, t.Reference);
    }

    /// <summary>A receipt's row: its title stands for the expense, else its expense type.</summary>
    private static DetailRow ReceiptRowOf(WorkbookData data, ReceiptRow r, string status) => new(
        data.Names.Of(r.EmployeeId) ?? r.EmployeeName, r.Title ?? r.ExpenseType, r.Date, r.Amount, r.Purpose,
        r.Merchant, r.MerchantAddress, status, data.Last4(r.CardId), r.PaidReference);

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
