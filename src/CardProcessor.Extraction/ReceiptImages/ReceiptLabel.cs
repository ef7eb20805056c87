namespace CardProcessor.Extraction.ReceiptImages;

/// <summary>The labels of a receipt images report page.</summary>
internal enum ReceiptLabel
{
    TransactionId,
    Title,
    Amount,
    Address,
    Purpose,
    MerchantName,
    MerchantAddress,
    JobCoding,
    GlCoding,
    CodingType,
    Attachment,
    RequestType,
}
