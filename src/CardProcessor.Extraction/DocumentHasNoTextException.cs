namespace CardProcessor.Extraction;

/// <summary>
/// No page of the PDF has a text layer (a scan); the document must go through Document
/// Intelligence, whose layout result can then be given to <see cref="DocumentExtractor"/>.
/// </summary>
public sealed class DocumentHasNoTextException : Exception
{
    public DocumentHasNoTextException()
    {
    }

    public DocumentHasNoTextException(string message)
        : base(message)
    {
    }

    public DocumentHasNoTextException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>How many pages the document has (all without text).</summary>
    public int PageCount { get; init; }
}
