namespace CardProcessor.Extraction;

/// <summary>The file is not a PDF that can be opened (damaged, encrypted, or not a PDF at all).</summary>
public sealed class UnreadablePdfException : Exception
{
    public UnreadablePdfException()
    {
    }

    public UnreadablePdfException(string message)
        : base(message)
    {
    }

    public UnreadablePdfException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
