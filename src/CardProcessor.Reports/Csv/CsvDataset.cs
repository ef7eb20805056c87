namespace CardProcessor.Reports.Csv;

public enum CsvDataset
{
    /// <summary>The accounts-payable tool's credit-card import: one line per coded receipt.</summary>
    ErpImport,
    Transactions,
    Receipts,
    Issues,
    Employees,
}
