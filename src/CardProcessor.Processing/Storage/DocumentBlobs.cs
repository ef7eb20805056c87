namespace CardProcessor.Processing.Storage;

/// <summary>Where a session's document is kept in the store: one place names it, uploads and copies alike.</summary>
public static class DocumentBlobs
{
    public static string NameFor(Guid sessionId, Guid documentId) => $"sessions/{sessionId}/{documentId}.pdf";
}
