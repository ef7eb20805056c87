namespace CardProcessor.Extraction.Limits;

/// <summary>One indirect object as found in the file; a stream's data is a slice of the file.</summary>
internal sealed record PdfObject(int Number, int Generation, object? Value, int StreamStart, int StreamLength)
{
    public bool IsStream => StreamStart >= 0;

    public PdfDictionary? Dictionary => Value as PdfDictionary;
}
