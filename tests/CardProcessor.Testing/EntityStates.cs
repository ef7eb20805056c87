using CardProcessor.Data.Documents;
using CardProcessor.Data.Sessions;

namespace CardProcessor.Testing;

/// <summary>
/// Seeds sessions and documents in a given state the only way their state changes: through their
/// lifecycle methods, along the path the application takes them.
/// </summary>
public static class EntityStates
{
    /// <summary>
    /// Takes a new session and its new (uploaded) documents to <paramref name="status"/>: Review or
    /// Approved with every document extracted, Failed with every document failed.
    /// </summary>
    public static ProcessingSession Reach(
        this ProcessingSession session, SessionStatus status, DateTimeOffset at, params SourceDocument[] documents)
    {
        foreach (var document in documents.Where(d => !session.Documents.Contains(d)))
        {
            session.Documents.Add(document);
        }

        if (status == SessionStatus.Draft)
        {
            return session;
        }

        session.StartProcessing(at);
        if (status == SessionStatus.Processing)
        {
            return session;
        }

        var failed = status == SessionStatus.Failed;
        foreach (var document in session.Documents)
        {
            document.Reach(failed ? DocumentStatus.Failed : DocumentStatus.Extracted, at);
        }

        session.CompleteProcessing(!failed, at);
        if (status == SessionStatus.Approved)
        {
            session.Approve("seeder@tests.local", openErrors: 0, at);
        }

        return session;
    }

    /// <summary>
    /// Takes a document forward from where it is to <paramref name="status"/> (Failed with <paramref name="error"/>).
    /// </summary>
    public static SourceDocument Reach(
        this SourceDocument document, DocumentStatus status, DateTimeOffset at, string error = "Seeded as failed.")
    {
        if (status == document.Status)
        {
            return document;
        }

        if (document.Allows(DocumentAction.Queue))
        {
            document.Queue();
        }

        if (status == DocumentStatus.Queued)
        {
            return document;
        }

        document.StartExtracting();
        switch (status)
        {
            case DocumentStatus.Extracted:
                document.CompleteExtraction(document.Layout, document.PageCount, [], at);
                break;
            case DocumentStatus.Failed:
                document.Fail(error);
                break;
        }

        return document;
    }
}
