namespace CardProcessor.Extraction;

/// <summary>
/// The PDF holds two documents (a statement followed by a receipt report): refused with the pages
/// where the second starts, rather than one of them silently dropped.
/// </summary>
public sealed class SeveralDocumentsException : UnrecognizedDocumentException
{
    public SeveralDocumentsException()
    {
    }

    public SeveralDocumentsException(string message)
        : base(message)
    {
    }

    public SeveralDocumentsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
