namespace CardProcessor.Data.Documents;

public enum DocumentKind
{
    Statement,
    ReceiptReport,
}
