using System.Globalization;

namespace CardProcessor.Extraction.Limits;

/// <summary>
/// Every indirect object of a PDF, found by one forward pass over its bytes (not through the xref
/// table, which may be damaged or lie). Stream data is skipped, not parsed, so the pass is linear.
/// </summary>
internal sealed class PdfObjectTable
{
    private readonly Dictionary<int, PdfObject> _objects = [];
    private readonly DocumentLimits _limits;

    private PdfObjectTable(ReadOnlyMemory<byte> data, DocumentLimits limits)
    {
        Data = data;
        _limits = limits;
    }

    public ReadOnlyMemory<byte> Data { get; }

    public IEnumerable<PdfObject> Objects => _objects.Values;

    /// <summary>The newest trailer: a <c>trailer</c> dictionary or the last cross-reference stream's.</summary>
    public PdfDictionary? Trailer { get; private set; }

    public static PdfObjectTable Scan(ReadOnlyMemory<byte> data, DocumentLimits limits)
    {
        var table = new PdfObjectTable(data, limits);
        table.ScanObjects();
        table.Trailer = table.FindTrailer();
        return table;
    }

    public PdfObject? Get(int number) => _objects.GetValueOrDefault(number);

    public object? Resolve(object? value)
    {
        for (var hops = 0; value is PdfRef reference && hops < 8; hops++)
        {
            value = Get(reference.Number)?.Value;
        }

        return value is PdfRef ? null : value;
    }

    /// <summary>Adds an object read from an object stream, unless the file defines that number itself.</summary>
    public void AddCompressed(PdfObject compressed)
    {
        if (_objects.TryAdd(compressed.Number, compressed))
        {
            CheckCount();
        }
    }

    private void ScanObjects()
    {
        var span = Data.Span;
        var reader = new PdfSyntaxReader(Data, _limits.MaxNestingDepth);
        var position = 0;
        while (position < span.Length)
        {
            var found = span[position..].IndexOf("obj"u8);
            if (found < 0)
            {
                return;
            }

            var at = position + found;
            position = at + 3;
            if ((position < span.Length && PdfBytes.IsRegular(span[position]))
                || !TryReadHeader(span, at, out var number, out var generation))
            {
                continue;
            }

            var endObject = span[position..].IndexOf("endobj"u8);
            var end = endObject < 0 ? span.Length : position + endObject;
            var streamKeyword = FindStreamKeyword(span[position..end]);
            if (streamKeyword < 0)
            {
                // Not a stream: parsed when referred to; only its nesting is checked now.
                NestingGuard.Check(span[position..end], _limits.MaxNestingDepth);
                _objects[number] = new PdfObject(number, generation, this, position, end);
                position = end;
                CheckCount();
                continue;
            }

            reader.Position = position;
            object? value;
            try
            {
                value = reader.ReadValue();
            }
            catch (PdfSyntaxException)
            {
                continue;
            }

            var (streamStart, streamLength) = LocateStreamData(span, position + streamKeyword + 6,
                value as PdfDictionary);
            position = streamStart + streamLength;
            _objects[number] = new PdfObject(number, generation, value, streamStart, streamLength);
            CheckCount();
        }
    }

    /// <summary>Parses a deferred object; damaged syntax reads as null, as PdfPig's lenient parser has it.</summary>
    public object? ParseAt(int start, int end)
    {
        var reader = new PdfSyntaxReader(Data[start..end], _limits.MaxNestingDepth);
        try
        {
            return reader.ReadValue();
        }
        catch (PdfSyntaxException)
        {
            return null;
        }
    }

    /// <summary>The <c>stream</c> keyword after an object's dictionary (not the end of <c>endstream</c>).</summary>
    private static int FindStreamKeyword(ReadOnlySpan<byte> body)
    {
        for (var from = 0; from < body.Length;)
        {
            var found = body[from..].IndexOf("stream"u8);
            if (found < 0)
            {
                return -1;
            }

            var at = from + found;
            var before = at == 0 ? (byte)' ' : body[at - 1];
            // The keyword ends its line (some writers put spaces before the end of line).
            var after = at + 6;
            while (after < body.Length && body[after] == (byte)' ')
            {
                after++;
            }

            if ((PdfBytes.IsWhitespace(before) || before == (byte)'>')
                && (after >= body.Length || body[after] is 10 or 13))
            {
                return at;
            }

            from = at + 6;
        }

        return -1;
    }

    private void CheckCount()
    {
        if (_objects.Count > _limits.MaxObjects)
        {
            throw new DocumentLimitExceededException(DocumentBound.Objects,
                $"The PDF has more than the {LimitText.Count(_limits.MaxObjects)} objects allowed.");
        }
    }

    private static (int Start, int Length) LocateStreamData(ReadOnlySpan<byte> span, int afterKeyword,
        PdfDictionary? dictionary)
    {
        var start = afterKeyword;
        while (start < span.Length && span[start] == (byte)' ')
        {
            start++;
        }

        if (start < span.Length && span[start] == 13)
        {
            start++;
        }

        if (start < span.Length && span[start] == 10)
        {
            start++;
        }

        start = Math.Min(start, span.Length);
        // Trust a direct /Length only when "endstream" follows it; otherwise search, as lenient readers do.
        if (dictionary?["Length"] is long declared && declared >= 0 && declared <= span.Length - start)
        {
            var end = start + (int)declared;
            var tail = span[end..Math.Min(span.Length, end + 32)];
            var keyword = tail.IndexOf("endstream"u8);
            if (keyword >= 0 && tail[..keyword].IndexOfAnyExcept((byte)' ', (byte)'\r', (byte)'\n') < 0)
            {
                return (start, (int)declared);
            }
        }

        var endstream = span[start..].IndexOf("endstream"u8);
        if (endstream < 0)
        {
            return (start, span.Length - start);
        }

        var length = endstream;
        while (length > 0 && span[start + length - 1] is 10 or 13)
        {
            length--;
        }

        return (start, length);
    }

    private static bool TryReadHeader(ReadOnlySpan<byte> span, int at, out int number, out int generation)
    {
        number = generation = 0;
        var i = at - 1;
        if (!TryReadDigitsBackwards(span, ref i, out generation) || !TryReadDigitsBackwards(span, ref i, out number))
        {
            return false;
        }

        return i < 0 || !PdfBytes.IsRegular(span[i]);
    }

    private static bool TryReadDigitsBackwards(ReadOnlySpan<byte> span, ref int i, out int value)
    {
        value = 0;
        var beforeSpaces = i;
        while (i >= 0 && PdfBytes.IsWhitespace(span[i]))
        {
            i--;
        }

        var end = i + 1;
        while (i >= 0 && PdfBytes.IsDigit(span[i]) && end - i <= 10)
        {
            i--;
        }

        return beforeSpaces != end - 1 && end > i + 1
            && int.TryParse(span[(i + 1)..end], NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private PdfDictionary? FindTrailer()
    {
        var span = Data.Span;
        var keyword = span.LastIndexOf("trailer"u8);
        if (keyword >= 0)
        {
            var reader = new PdfSyntaxReader(Data, _limits.MaxNestingDepth) { Position = keyword + 7 };
            try
            {
                if (reader.ReadValue() is PdfDictionary trailer && trailer["Root"] is not null)
                {
                    return trailer;
                }
            }
            catch (PdfSyntaxException)
            {
                // A damaged trailer: fall back to the cross-reference streams.
            }
        }

        return _objects.Values
            .Where(o => o.IsStream && o.Dictionary?.Is("Type", "XRef") == true)
            .OrderByDescending(o => o.StreamStart)
            .Select(o => o.Dictionary)
            .FirstOrDefault();
    }
}
