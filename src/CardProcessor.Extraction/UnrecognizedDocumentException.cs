namespace CardProcessor.Extraction;

/// <summary>
/// The PDF has text but is none of the document families the engine reads. The message names the
/// families that were expected, never the document's own text (which may hold personal data).
/// Its subclasses say why a document that looked like a statement was still refused.
/// </summary>
public class UnrecognizedDocumentException : Exception
{
    public UnrecognizedDocumentException()
    {
    }

    public UnrecognizedDocumentException(string message)
        : base(message)
    {
    }

    public UnrecognizedDocumentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
