using CardProcessor.Reports.Rows;
using CsvHelper;

namespace CardProcessor.Reports.Csv;

/// <summary>
/// The transactions CSV's columns. Unlike the Transactions sheet it names the card holder as printed and
/// counts the line items (a CSV has no second sheet for them), and Receipt Matched is <c>True</c>/<c>False</c>.
/// </summary>
[CsvRecord]
internal sealed partial record TransactionCsvRow
{
    [CsvColumn("Transaction #")]
    public string? Reference { get; init; }

    [CsvColumn("Transaction Date")]
    [CsvFormat("yyyy-MM-dd")]
    public DateOnly TransactionDate { get; init; }

    [CsvColumn("Posting Date")]
    [CsvFormat("yyyy-MM-dd")]
    public DateOnly? PostingDate { get; init; }

    [CsvColumn("Card")]
    public required string Card { get; init; }

    [CsvColumn("Card Holder")]
    public required string CardHolder { get; init; }

    [CsvColumn("Employee ID")]
    public string? EmployeeNumber { get; init; }

    /// <summary>The employee's name, or the vehicle's as printed.</summary>
    [CsvColumn("Name")]
    public required string Name { get; init; }

    [CsvColumn("Merchant")]
    public required string Merchant { get; init; }

    [CsvColumn("City")]
    public string? City { get; init; }

    [CsvColumn("State")]
    public string? State { get; init; }

    [CsvColumn("MCC")]
    public int? Mcc { get; init; }

    [CsvColumn("Merchant Group")]
    public string? MerchantGroup { get; init; }

    [CsvColumn("Level")]
    public string? Level { get; init; }

    [CsvColumn("Amount")]
    public decimal Amount { get; init; }

    [CsvColumn("Foreign Amount")]
    public decimal? ForeignAmount { get; init; }

    [CsvColumn("Currency")]
    public string? ForeignCurrency { get; init; }

    [CsvColumn("Exchange Rate")]
    public decimal? ForeignRate { get; init; }

    [CsvColumn("Receipt Matched")]
    public bool ReceiptMatched { get; init; }

    [CsvColumn("Line Items")]
    public int LineItems { get; init; }

    [CsvColumn("Statement Page")]
    public int Page { get; init; }

    /// <param name="card">
    /// The card as the session's statement prints it (its section's holder name and employee id).
    /// </param>
    public static TransactionCsvRow From(TransactionRow t, int lineItems, CardLabel card) => new()
    {
        Reference = t.Reference,
        TransactionDate = t.TransactionDate,
        PostingDate = t.PostingDate,
        Card = card.Last4,
        CardHolder = card.HolderName,
        EmployeeNumber = card.EmployeeNumber,
        Name = card.Name,
        Merchant = t.Merchant,
        City = t.City,
        State = t.State,
        Mcc = t.Mcc,
        MerchantGroup = t.MerchantGroup,
        Level = t.Level,
        Amount = t.Amount,
        ForeignAmount = t.ForeignAmount,
        ForeignCurrency = t.ForeignCurrency,
        ForeignRate = t.ForeignRate,
        ReceiptMatched = t.ReceiptMatched,
        LineItems = lineItems,
        Page = t.Page,
    };
}
