using CardProcessor.Extraction.Tables;

namespace CardProcessor.Extraction.CardActivityReport;

/// <summary>Header words of the card activity report's transaction table and product summary.</summary>
internal static class CardActivityVocabulary
{
    private static readonly ColumnKind[] _numeric =
        [ColumnKind.UnitPrice, ColumnKind.Quantity, ColumnKind.Gross, ColumnKind.Discount, ColumnKind.Net,
            ColumnKind.Count];

    public static HeaderVocabulary Transactions { get; } = new(
        [
            ("Trans Date", ColumnKind.TransactionDate),
            ("Tran Date", ColumnKind.TransactionDate),
            ("Transaction Date", ColumnKind.TransactionDate),
            ("Posted Date", ColumnKind.PostingDate),
            ("Post Date", ColumnKind.PostingDate),
            ("Posting Date", ColumnKind.PostingDate),
            ("Lvl", ColumnKind.Level),
            ("Level", ColumnKind.Level),
            ("Transaction #", ColumnKind.Reference),
            ("Trans #", ColumnKind.Reference),
            ("Transaction Number", ColumnKind.Reference),
            ("Merchant Name", ColumnKind.Merchant),
            ("Merchant", ColumnKind.Merchant),
            ("City, State", ColumnKind.Location),
            ("City/State", ColumnKind.Location),
            ("City State", ColumnKind.Location),
            ("Merchant Group", ColumnKind.MerchantGroup),
            ("Product Description", ColumnKind.Product),
            ("Product", ColumnKind.Product),
            ("PPU/G", ColumnKind.UnitPrice),
            ("PPU", ColumnKind.UnitPrice),
            ("Unit Price", ColumnKind.UnitPrice),
            ("Quantity", ColumnKind.Quantity),
            ("Qty", ColumnKind.Quantity),
            ("Gross Cost", ColumnKind.Gross),
            ("Gross", ColumnKind.Gross),
            ("Discount", ColumnKind.Discount),
            ("Net Cost", ColumnKind.Net),
            ("Net", ColumnKind.Net),
        ],
        _numeric);

    public static HeaderVocabulary ProductSummary { get; } = new(
        [
            ("Product Description", ColumnKind.Product),
            ("Product", ColumnKind.Product),
            ("Count", ColumnKind.Count),
            ("Units/Glns", ColumnKind.Quantity),
            ("Units", ColumnKind.Quantity),
            ("Quantity", ColumnKind.Quantity),
            ("Gross Cost", ColumnKind.Gross),
            ("Discount", ColumnKind.Discount),
            ("Net Cost", ColumnKind.Net),
        ],
        _numeric);

    // Without a Transaction # column, the rows up to each Transaction Totals line are one transaction.
    public static IReadOnlyCollection<ColumnKind> TransactionsRequired { get; } =
        [ColumnKind.TransactionDate, ColumnKind.Net];

    public static IReadOnlyCollection<ColumnKind> ProductSummaryRequired { get; } =
        [ColumnKind.Product, ColumnKind.Count, ColumnKind.Net];
}
