using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction;

/// <summary>
/// The document was recognised as a statement but no transaction could be read from it: it must
/// fail with this reason rather than pass as an empty statement. The message says how many lines
/// with a date and an amount were seen, never their text.
/// </summary>
public sealed class LayoutNotUnderstoodException : UnrecognizedDocumentException
{
    public LayoutNotUnderstoodException()
    {
    }

    public LayoutNotUnderstoodException(string message)
        : base(message)
    {
    }

    public LayoutNotUnderstoodException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The finding a reviewer sees, with the same message.</summary>
    public ExtractionFinding? Finding { get; init; }

    /// <summary>Lines that showed a date and an amount.</summary>
    public int RowsSeen { get; init; }
}
