namespace CardProcessor.Extraction.Tables;

/// <summary>What a table column holds, whatever its header says.</summary>
internal enum ColumnKind
{
    Unknown,
    TransactionDate,
    PostingDate,
    Level,
    Reference,
    Merchant,
    Location,
    MerchantGroup,
    Product,
    UnitPrice,
    Quantity,
    Gross,
    Discount,
    Net,
    Mcc,
    Amount,
    Count,
}
