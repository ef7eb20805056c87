namespace CardProcessor.Data.Documents;

/// <summary>
/// Uploaded → Queued → Extracting → Extracted or Failed; a Failed document is queued again when its
/// session is processed again. Extracted and Failed are final for a worker.
/// </summary>
public static class DocumentLifecycle
{
    /// <summary>Extracted or Failed: no worker touches the document again (a redelivery is acknowledged).</summary>
    public static bool IsFinal(this DocumentStatus status) =>
        status is DocumentStatus.Extracted or DocumentStatus.Failed;

    public static bool Allows(this DocumentStatus status, DocumentAction action) => action switch
    {
        DocumentAction.Queue => status is DocumentStatus.Uploaded or DocumentStatus.Failed,
        DocumentAction.StartExtracting or DocumentAction.Fail => !status.IsFinal(),
        DocumentAction.CompleteExtraction => status is DocumentStatus.Extracting or DocumentStatus.Extracted,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown document action."),
    };

    /// <exception cref="InvalidTransitionException">The state does not allow the action.</exception>
    public static void Require(DocumentStatus status, DocumentAction action)
    {
        if (!status.Allows(action))
        {
            throw new InvalidTransitionException("document", status.ToString(), action.ToString(), action switch
            {
                DocumentAction.Queue => $"Only an uploaded or failed document can be queued; this one is {status}.",
                DocumentAction.CompleteExtraction => "Only a document being extracted can complete; this one is " +
                    $"{status}.",
                _ => $"The document is already {status}.",
            });
        }
    }
}
