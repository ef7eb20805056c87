namespace CardProcessor.Extraction.Limits;

/// <summary>
/// The document goes beyond one of the <see cref="DocumentLimits"/>; the message names the bound and
/// where ("page 10's content inflates beyond the 64 MiB per-stream limit"). Retrying cannot help.
/// </summary>
public sealed class DocumentLimitExceededException : Exception
{
    public DocumentLimitExceededException()
    {
    }

    public DocumentLimitExceededException(string message)
        : base(message)
    {
    }

    public DocumentLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DocumentLimitExceededException(DocumentBound bound, string message)
        : base(message) => Bound = bound;

    public DocumentBound Bound { get; }
}
