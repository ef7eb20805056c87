using CardProcessor.Reports.Rows;

namespace CardProcessor.Reports.Excel;

/// <summary>
/// Every charge and credit on the statement, in statement order; its line items are on the Line Items
/// sheet. Unlike the transactions CSV, a card shows the name it goes by only (a sheet is read by
/// people), and Receipt Matched reads Yes or No.
/// </summary>
internal static class TransactionsSheet
{
    public const string Name = "Transactions";

    public static IWorkbookSheet Create(WorkbookData data)
    {
        SheetColumn<TransactionRow>[] columns =
        [
            new("Name", CellKind.Text, r => data.CardName(r.CardId, r.HolderName)),
            new("Employee ID", CellKind.Text, r => data.CardsById.GetValueOrDefault(r.CardId)?.EmployeeNumber),
            new("Card", CellKind.Text, r => r.CardLast4),
            new("Transaction Date", CellKind.Date, r => r.TransactionDate),
            new("Posting Date", CellKind.Date, r => r.PostingDate),
            new("Transaction #", CellKind.Text, r => r.Reference),
            new("Merchant", CellKind.Text, r => r.Merchant),
            new("City", CellKind.Text, r => r.City),
            new("State", CellKind.Text, r => r.State),
            new("MCC", CellKind.Integer, r => r.Mcc),
            new("Merchant Group", CellKind.Text, r => r.MerchantGroup),
            new("Level", CellKind.Text, r => r.Level),
            new("Amount", CellKind.Money, r => r.Amount),
            new("Foreign Amount", CellKind.Decimal, r => r.ForeignAmount),
            new("Currency", CellKind.Text, r => r.ForeignCurrency),
            new("Exchange Rate", CellKind.Decimal, r => r.ForeignRate),
            new("Receipt Matched", CellKind.Text, r => r.ReceiptMatched ? "Yes" : "No"),
            new("Statement Page", CellKind.Integer, r => r.Page),
        ];
        return new WorkbookSheet<TransactionRow>(Name, columns, data.Transactions);
    }
}
