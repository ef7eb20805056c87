using CardProcessor.Reports.Rows;

namespace CardProcessor.Api.Transactions;

/// <summary>
/// A charge or credit in the API's list, built from the reports library's <see cref="TransactionRow"/>
/// (the Transactions sheet's and CSV's row) with its line items nested, where the CSV only counts them
/// and the workbook gives them a sheet of their own.
/// </summary>
public sealed record TransactionResponse
{
    public required Guid Id { get; init; }

    public required Guid SessionId { get; init; }

    public required Guid DocumentId { get; init; }

    public required int Page { get; init; }

    public required int Sequence { get; init; }

    public required Guid CardId { get; init; }

    public required string CardLast4 { get; init; }

    public required string HolderName { get; init; }

    public required Guid? EmployeeId { get; init; }

    public required DateOnly TransactionDate { get; init; }

    public required DateOnly? PostingDate { get; init; }

    public required string? Reference { get; init; }

    public required string Merchant { get; init; }

    public required string? City { get; init; }

    public required string? State { get; init; }

    public required int? Mcc { get; init; }

    public required decimal Amount { get; init; }

    public required ForeignAmountResponse? Foreign { get; init; }

    public required string? Level { get; init; }

    public required string? MerchantGroup { get; init; }

    public required TotalsResponse? Totals { get; init; }

    public required IReadOnlyList<LineItemResponse> LineItems { get; init; }

    /// <summary>The receipt that pays the charge (matched or confirmed).</summary>
    public required Guid? ReceiptId { get; init; }

    public static TransactionResponse From(TransactionRow t, IEnumerable<LineItemRow> lineItems) => new()
    {
        Id = t.Id,
        SessionId = t.SessionId,
        DocumentId = t.DocumentId,
        Page = t.Page,
        Sequence = t.Sequence,
        CardId = t.CardId,
        CardLast4 = t.CardLast4,
        HolderName = t.HolderName,
        EmployeeId = t.EmployeeId,
        TransactionDate = t.TransactionDate,
        PostingDate = t.PostingDate,
        Reference = t.Reference,
        Merchant = t.Merchant,
        City = t.City,
        State = t.State,
        Mcc = t.Mcc,
        Amount = t.Amount,
        Foreign = ForeignAmountResponse.From(t),
        Level = t.Level,
        MerchantGroup = t.MerchantGroup,
        Totals = TotalsResponse.From(t),
        LineItems = lineItems.Select(LineItemResponse.From).ToList(),
        ReceiptId = t.PaidByReceiptId,
    };
}
