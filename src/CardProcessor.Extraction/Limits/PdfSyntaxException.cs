namespace CardProcessor.Extraction.Limits;

/// <summary>Bytes the pre-scan cannot read as PDF syntax; it skips them as PdfPig's lenient parser would.</summary>
internal sealed class PdfSyntaxException : Exception
{
    public PdfSyntaxException()
    {
    }

    public PdfSyntaxException(string message)
        : base(message)
    {
    }

    public PdfSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
