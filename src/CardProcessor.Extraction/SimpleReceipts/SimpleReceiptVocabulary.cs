using CardProcessor.Extraction.Tables;

namespace CardProcessor.Extraction.SimpleReceipts;

/// <summary>Header words of a simple receipt report's table.</summary>
internal static class SimpleReceiptVocabulary
{
    public static HeaderVocabulary Receipts { get; } = new(
        [
            ("Date", ColumnKind.TransactionDate),
            ("Receipt Date", ColumnKind.TransactionDate),
            ("Vendor", ColumnKind.Merchant),
            ("Merchant", ColumnKind.Merchant),
            ("Receipt Ref", ColumnKind.Reference),
            ("Receipt Reference", ColumnKind.Reference),
            ("Reference", ColumnKind.Reference),
            ("Ref #", ColumnKind.Reference),
            ("Amount", ColumnKind.Amount),
            ("Amount (USD)", ColumnKind.Amount),
        ],
        [ColumnKind.Amount]);

    public static IReadOnlyCollection<ColumnKind> Required { get; } =
        [ColumnKind.TransactionDate, ColumnKind.Merchant, ColumnKind.Amount];
}
