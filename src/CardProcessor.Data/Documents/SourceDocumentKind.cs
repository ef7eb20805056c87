namespace CardProcessor.Data.Documents;

/// <summary>
/// What an uploaded document is, as stored (<c>Statement</c>, <c>ReceiptReport</c>) and as the API
/// writes it. Its own name because the extractor has a <c>DocumentKind</c> of its own.
/// </summary>
public enum SourceDocumentKind
{
    Statement,
    ReceiptReport,
}
