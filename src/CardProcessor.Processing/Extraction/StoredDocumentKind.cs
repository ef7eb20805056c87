using ExtractedKind = CardProcessor.Extraction.Model.DocumentKind;
using StoredKind = CardProcessor.Data.Documents.SourceDocumentKind;

namespace CardProcessor.Processing.Extraction;

/// <summary>The extractor's document kind as the database stores it.</summary>
public static class StoredDocumentKind
{
    public static StoredKind From(ExtractedKind kind) => kind switch
    {
        ExtractedKind.Statement => StoredKind.Statement,
        ExtractedKind.ReceiptReport => StoredKind.ReceiptReport,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown document kind."),
    };
}
