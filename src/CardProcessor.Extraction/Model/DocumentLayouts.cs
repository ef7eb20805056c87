namespace CardProcessor.Extraction.Model;

/// <summary>The layout family names used in the ground-truth files and in stored documents.</summary>
public static class DocumentLayouts
{
    public const string CardholderActivityReport = "cardholder-activity-report";
    public const string ReceiptImagesReport = "receipt-images-report";
    public const string IssuerStatement = "issuer-statement";
    public const string SimpleReceiptReport = "simple-receipt-report";

    /// <summary>A statement of a layout no family describes, read by the general table reader.</summary>
    public const string GeneralStatement = "general-statement";
}
