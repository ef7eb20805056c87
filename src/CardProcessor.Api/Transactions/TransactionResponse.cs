namespace CardProcessor.Api.Transactions;

public sealed record TransactionResponse(
    Guid Id,
    Guid SessionId,
    Guid DocumentId,
    int Page,
    int Sequence,
    Guid CardId,
    string CardLast4,
    string HolderName,
    Guid? EmployeeId,
    DateOnly TransactionDate,
    DateOnly? PostingDate,
    string? Reference,
    string Merchant,
    string? City,
    string? State,
    int? Mcc,
    decimal Amount,
    ForeignAmountResponse? Foreign,
    string? Level,
    string? MerchantGroup,
    TotalsResponse? Totals,
    IReadOnlyList<LineItemResponse> LineItems,
    Guid? ReceiptId);

public sealed record ForeignAmountResponse(string Currency, decimal OriginalAmount, decimal Rate);

public sealed record TotalsResponse(decimal Gross, decimal Discount, decimal Net);

public sealed record LineItemResponse(int LineNumber, string Description, decimal? UnitPrice, decimal? Quantity, decimal Gross, decimal Discount, decimal Net);
