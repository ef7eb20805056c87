namespace CardProcessor.Extraction.Limits;

/// <summary>
/// One indirect object as found in the file. A stream's dictionary is read when it is found and its
/// data is a slice of the file; any other object is parsed only when something refers to it, so that
/// the 110,000 small objects of a large statement cost a search, not an allocation each.
/// </summary>
internal sealed class PdfObject
{
    private readonly PdfObjectTable? _table;
    private readonly int _start;
    private readonly int _end;
    private object? _value;
    private bool _parsed;

    public PdfObject(int number, int generation, object? value, int streamStart, int streamLength)
    {
        (Number, Generation, StreamStart, StreamLength) = (number, generation, streamStart, streamLength);
        (_value, _parsed) = (value, true);
    }

    public PdfObject(int number, int generation, PdfObjectTable table, int start, int end)
    {
        (Number, Generation, StreamStart, StreamLength) = (number, generation, -1, 0);
        (_table, _start, _end) = (table, start, end);
    }

    public int Number { get; }

    public int Generation { get; }

    public int StreamStart { get; }

    public int StreamLength { get; }

    public bool IsStream => StreamStart >= 0;

    public object? Value
    {
        get
        {
            if (!_parsed)
            {
                _value = _table!.ParseAt(_start, _end);
                _parsed = true;
            }

            return _value;
        }
    }

    public PdfDictionary? Dictionary => Value as PdfDictionary;
}
