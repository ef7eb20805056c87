using CardProcessor.Reports.Rows;

namespace CardProcessor.Reports.Excel;

/// <summary>
/// Every receipt of the receipt report with its coding and the charge it pays. Unlike the receipts CSV
/// it shows the paid charge's amount beside its Transaction #, for a reader to compare without a lookup.
/// </summary>
internal static class ReceiptsSheet
{
    public const string Name = "Receipts";

    public static IWorkbookSheet Create(WorkbookData data)
    {
        SheetColumn<ReceiptRow>[] columns =
        [
            new("Name", CellKind.Text, r => data.Names.Of(r.EmployeeId) ?? r.EmployeeName),
            new("Report #", CellKind.Text, r => r.ReportNumber),
            new("Expense Type", CellKind.Text, r => r.ExpenseType),
            new("Date", CellKind.Date, r => r.Date),
            new("Expense Transaction ID", CellKind.Text, r => r.ExpenseTransactionId),
            new("Title", CellKind.Text, r => r.Title),
            new("Amount", CellKind.Money, r => r.Amount),
            new("Purpose", CellKind.Text, r => r.Purpose),
            new("Merchant Name", CellKind.Text, r => r.Merchant),
            new("Merchant Address", CellKind.Text, r => r.MerchantAddress),
            new("Coding", CellKind.Text, r => r.CodingType),
            new("Job", CellKind.Text, r => r.Job),
            new("Job Name", CellKind.Text, r => r.JobName),
            new("Phase", CellKind.Text, r => r.Phase),
            new("Phase Name", CellKind.Text, r => r.PhaseName),
            new("Cost Type", CellKind.Text, r => r.CostType),
            new("GL Account", CellKind.Text, r => r.GlAccount),
            new("GL Description", CellKind.Text, r => r.GlDescription),
            new("Attachment", CellKind.Text, r => r.HasAttachment is { } has ? (has ? "Yes" : "No") : null),
            new("Match Status", CellKind.Text, r => r.MatchStatus.ToString()),
            new("Matched Transaction #", CellKind.Text, r => r.PaidReference),
            new("Matched Amount", CellKind.Money, r => r.PaidAmount),
            new("Card", CellKind.Text, r => data.Last4(r.CardId)),
            new("Receipt Page", CellKind.Integer, r => r.Page),
        ];
        return new WorkbookSheet<ReceiptRow>(Name, columns, data.Receipts);
    }
}
