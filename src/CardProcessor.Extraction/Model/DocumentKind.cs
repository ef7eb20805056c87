namespace CardProcessor.Extraction.Model;

public enum DocumentKind
{
    Statement,
    ReceiptReport,
}
