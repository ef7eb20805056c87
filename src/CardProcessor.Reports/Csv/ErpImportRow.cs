using CsvHelper;

namespace CardProcessor.Reports.Csv;

/// <summary>One line of the accounts-payable tool's credit-card import, in its column order.</summary>
[CsvRecord]
internal sealed partial record ErpImportRow
{
    /// <summary>The expense tool's transaction id printed on the receipt page.</summary>
    [CsvColumn("Transaction ID")]
    public string? TransactionId { get; init; }

    /// <summary>The receipt's date, formatted by <see cref="ErpImportFormat"/>.</summary>
    [CsvColumn("Transaction Date")]
    public required string TransactionDate { get; init; }

    [CsvColumn("Transaction Amount")]
    public decimal TransactionAmount { get; init; }

    /// <summary>The receipt's purpose.</summary>
    [CsvColumn("Transaction Name")]
    public string? TransactionName { get; init; }

    [CsvColumn("Vendor")]
    public required string Vendor { get; init; }

    /// <summary>
    /// Card last four and statement month as <c>MM01YY</c>, formatted by <see cref="ErpImportFormat"/>.
    /// </summary>
    [CsvColumn("Invoice #")]
    public required string InvoiceNumber { get; init; }

    /// <summary>The first day of the statement month, formatted by <see cref="ErpImportFormat"/>.</summary>
    [CsvColumn("Invoice Date")]
    public required string InvoiceDate { get; init; }

    /// <summary>The employee.</summary>
    [CsvColumn("Header Description")]
    public string? HeaderDescription { get; init; }

    [CsvColumn("Job")]
    public string? Job { get; init; }

    [CsvColumn("Phase")]
    public string? Phase { get; init; }

    [CsvColumn("Cost Type")]
    public string? CostType { get; init; }

    [CsvColumn("GL Account")]
    public string? GlAccount { get; init; }

    /// <summary>The receipt's title.</summary>
    [CsvColumn("Item Description")]
    public string? ItemDescription { get; init; }

    [CsvColumn("UM")]
    public required string UnitOfMeasure { get; init; }

    [CsvColumn("Tax")]
    public required string Tax { get; init; }

    /// <summary>2 for a job-cost line, 1 for a general-ledger line.</summary>
    [CsvColumn("Pay Type")]
    public int PayType { get; init; }

    [CsvColumn("Card Holder")]
    public string? CardHolder { get; init; }

    /// <summary>The last four digits only: no more is ever stored.</summary>
    [CsvColumn("Credit Card Number")]
    public required string CreditCardNumber { get; init; }

    /// <summary>The merchant.</summary>
    [CsvColumn("Credit Card Vendor")]
    public string? CreditCardVendor { get; init; }
}
