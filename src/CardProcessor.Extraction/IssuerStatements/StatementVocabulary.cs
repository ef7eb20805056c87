using CardProcessor.Extraction.Tables;

namespace CardProcessor.Extraction.IssuerStatements;

/// <summary>The header words issuers use for their statement columns.</summary>
internal static class StatementVocabulary
{
    public static HeaderVocabulary Transactions { get; } = new(
        [
            ("Trans Date", ColumnKind.TransactionDate),
            ("Tran Date", ColumnKind.TransactionDate),
            ("Transaction Date", ColumnKind.TransactionDate),
            ("Txn Date", ColumnKind.TransactionDate),
            ("Post Date", ColumnKind.PostingDate),
            ("Posting Date", ColumnKind.PostingDate),
            ("Posted", ColumnKind.PostingDate),
            ("Posted Date", ColumnKind.PostingDate),
            ("Reference", ColumnKind.Reference),
            ("Reference Number", ColumnKind.Reference),
            ("Reference #", ColumnKind.Reference),
            ("Ref #", ColumnKind.Reference),
            ("Ref", ColumnKind.Reference),
            ("Ref No", ColumnKind.Reference),
            ("Merchant", ColumnKind.Merchant),
            ("Merchant Name", ColumnKind.Merchant),
            ("Description", ColumnKind.Merchant),
            ("Merchant Description", ColumnKind.Merchant),
            ("City/State", ColumnKind.Location),
            ("City, State", ColumnKind.Location),
            ("City / State", ColumnKind.Location),
            ("Location", ColumnKind.Location),
            ("MCC", ColumnKind.Mcc),
            ("Category", ColumnKind.Mcc),
            ("Amount", ColumnKind.Amount),
            ("Amount (USD)", ColumnKind.Amount),
            ("Billing Amount", ColumnKind.Amount),
            ("Amount USD", ColumnKind.Amount),
        ],
        [ColumnKind.Amount]);

    /// <summary>A transaction table has a date, a merchant and an amount column.</summary>
    public static bool IsTransactionTable(TableHeader header) =>
        header.Has(ColumnKind.Amount)
        && header.Has(ColumnKind.Merchant)
        && (header.Has(ColumnKind.TransactionDate) || header.Has(ColumnKind.PostingDate));
}
