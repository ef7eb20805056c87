namespace CardProcessor.Extraction.Model;

/// <summary>
/// One expense from a receipt report: a page of a receipt images report, or a row of a simple
/// receipt report (which prints only employee, date, vendor, reference and amount).
/// </summary>
public sealed record ExtractedReceipt
{
    /// <summary>The employee as the receipt report prints it (<c>Jane A. Doe</c>, <c>JANE Q DOE</c>).</summary>
    public required string Employee { get; init; }

    /// <summary>
    /// The card activity report's spelling of the employee, derived by normalising the display
    /// name (first and last name, upper case, run together: <c>Jane A. Doe</c> becomes
    /// <c>JANEDOE</c>); null where the report prints only that spelling already. The receipt
    /// matcher still needs its alias table for names this does not reproduce.
    /// </summary>
    public string? Cardholder { get; init; }

    public required DateOnly Date { get; init; }

    public required decimal Amount { get; init; }

    /// <summary>Merchant name (receipt images report) or vendor (simple receipt report).</summary>
    public string? Merchant { get; init; }

    /// <summary>The card transaction's reference where the report prints it.</summary>
    public string? Reference { get; init; }

    public string? ReportNumber { get; init; }

    public string? ExpenseType { get; init; }

    /// <summary>The expense tool's transaction id (not the statement's Transaction #).</summary>
    public string? TransactionId { get; init; }

    public string? Title { get; init; }

    public string? Purpose { get; init; }

    public string? MerchantAddress { get; init; }

    public ReceiptCoding? Coding { get; init; }

    public bool? HasAttachment { get; init; }

    /// <summary>Page (1-based) the receipt is printed on.</summary>
    public int Page { get; init; }
}
