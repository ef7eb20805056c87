namespace CardProcessor.Processing.Validation.Rules;

/// <summary>Stable rule codes: clients filter on them and reports name them, so never rename one.</summary>
public static class RuleCodes
{
    public const string DocumentFailed = "document-failed";
    public const string TotalsMismatch = "totals-mismatch";
    public const string MissingCoding = "missing-coding";
    public const string MissingAttachment = "missing-attachment";
    public const string MissingAllReceipts = "missing-all-receipts";
    public const string ChargeWithoutReceipt = "charge-without-receipt";
    public const string ReceiptWithoutCharge = "receipt-without-charge";
    public const string AmountMismatch = "amount-mismatch";
    public const string DuplicateCharge = "duplicate-charge";
    public const string UnassignedCard = "unassigned-card";
    public const string NameMismatch = "name-mismatch";
    public const string OverLimit = "over-limit";
    public const string MerchantGroupNotAllowed = "merchant-group-not-allowed";
    public const string OutsidePeriod = "outside-period";
    public const string InvalidCoding = "invalid-coding";
}
