using System.Globalization;
using System.Text;

namespace CardProcessor.Extraction.Limits;

/// <summary>
/// Reads PDF values from bytes with a nesting guard, so that a hostile <c>[[[[…</c> is refused by a
/// counter instead of overflowing a recursive parser's stack.
/// </summary>
internal sealed class PdfSyntaxReader(ReadOnlyMemory<byte> data, int maxDepth)
{
    private readonly ReadOnlyMemory<byte> _data = data;

    public int Position { get; set; }

    private ReadOnlySpan<byte> Span => _data.Span;

    public bool AtEnd => Position >= _data.Length;

    public void SkipWhitespace()
    {
        var span = Span;
        while (Position < span.Length)
        {
            var b = span[Position];
            if (b == (byte)'%')
            {
                while (Position < span.Length && span[Position] is not (10 or 13))
                {
                    Position++;
                }
            }
            else if (PdfBytes.IsWhitespace(b))
            {
                Position++;
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>The next regular-character run (a keyword or number) without consuming it, or empty.</summary>
    public ReadOnlySpan<byte> PeekWord()
    {
        SkipWhitespace();
        var span = Span;
        var end = Position;
        while (end < span.Length && PdfBytes.IsRegular(span[end]))
        {
            end++;
        }

        return span[Position..end];
    }

    public object? ReadValue(int depth = 0)
    {
        if (depth > maxDepth)
        {
            throw new DocumentLimitExceededException(DocumentBound.NestingDepth,
                $"The PDF nests arrays and dictionaries deeper than the {maxDepth}-level limit.");
        }

        SkipWhitespace();
        if (AtEnd)
        {
            throw new PdfSyntaxException("Unexpected end of data.");
        }

        var span = Span;
        var b = span[Position];
        switch (b)
        {
            case (byte)'/':
                return ReadName();
            case (byte)'(':
                return ReadLiteralString();
            case (byte)'[':
                Position++;
                return ReadArray(depth);
            case (byte)'<' when Position + 1 < span.Length && span[Position + 1] == (byte)'<':
                Position += 2;
                return ReadDictionary(depth);
            case (byte)'<':
                return ReadHexString();
            default:
                return ReadWordValue();
        }
    }

    private List<object?> ReadArray(int depth)
    {
        var items = new List<object?>();
        while (true)
        {
            SkipWhitespace();
            if (AtEnd)
            {
                throw new PdfSyntaxException("Unterminated array.");
            }

            if (Span[Position] == (byte)']')
            {
                Position++;
                return items;
            }

            items.Add(ReadValue(depth + 1));
        }
    }

    private PdfDictionary ReadDictionary(int depth)
    {
        var entries = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (true)
        {
            SkipWhitespace();
            if (AtEnd)
            {
                throw new PdfSyntaxException("Unterminated dictionary.");
            }

            var span = Span;
            if (span[Position] == (byte)'>' && Position + 1 < span.Length && span[Position + 1] == (byte)'>')
            {
                Position += 2;
                return new PdfDictionary(entries);
            }

            if (ReadValue(depth + 1) is not PdfName key)
            {
                throw new PdfSyntaxException("A dictionary key is not a name.");
            }

            entries[key.Value] = ReadValue(depth + 1);
        }
    }

    private object? ReadWordValue()
    {
        var word = PeekWord();
        if (word.IsEmpty)
        {
            throw new PdfSyntaxException($"Unexpected byte {Span[Position]}.");
        }

        Position += word.Length;
        if (long.TryParse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return TryReadReference(integer) ?? (object)integer;
        }

        if (double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
        {
            return real;
        }

        return word switch
        {
            _ when word.SequenceEqual("true"u8) => true,
            _ when word.SequenceEqual("false"u8) => false,
            _ when word.SequenceEqual("null"u8) => null,
            _ => throw new PdfSyntaxException("Unexpected keyword " + Encoding.Latin1.GetString(word) + "."),
        };
    }

    private PdfRef? TryReadReference(long number)
    {
        var start = Position;
        var generation = PeekWord();
        if (number is >= 0 and <= int.MaxValue && generation.Length is > 0 and < 6
            && int.TryParse(generation, NumberStyles.None, CultureInfo.InvariantCulture, out var gen))
        {
            Position += generation.Length;
            if (PeekWord().SequenceEqual("R"u8))
            {
                Position++;
                return new PdfRef((int)number, gen);
            }
        }

        Position = start;
        return null;
    }

    private PdfName ReadName()
    {
        var span = Span;
        Position++;
        var name = new StringBuilder();
        while (Position < span.Length && PdfBytes.IsRegular(span[Position]))
        {
            var b = span[Position++];
            if (b == (byte)'#' && Position + 1 < span.Length
                && PdfBytes.HexValue(span[Position]) is >= 0 and var high
                && PdfBytes.HexValue(span[Position + 1]) is >= 0 and var low)
            {
                b = (byte)((high << 4) | low);
                Position += 2;
            }

            name.Append((char)b);
        }

        return new PdfName(name.ToString());
    }

    private PdfString ReadHexString()
    {
        var span = Span;
        Position++;
        var bytes = new List<byte>();
        var high = -1;
        while (Position < span.Length && span[Position] != (byte)'>')
        {
            var value = PdfBytes.HexValue(span[Position++]);
            if (value < 0)
            {
                continue;
            }

            if (high < 0)
            {
                high = value;
            }
            else
            {
                bytes.Add((byte)((high << 4) | value));
                high = -1;
            }
        }

        Position++;
        if (high >= 0)
        {
            bytes.Add((byte)(high << 4));
        }

        return new PdfString([.. bytes]);
    }

    private PdfString ReadLiteralString()
    {
        var span = Span;
        Position++;
        var bytes = new List<byte>();
        var open = 1;
        while (Position < span.Length)
        {
            var b = span[Position++];
            if (b == (byte)'\\' && Position < span.Length)
            {
                ReadEscape(span, bytes);
                continue;
            }

            open += b == (byte)'(' ? 1 : b == (byte)')' ? -1 : 0;
            if (open == 0)
            {
                return new PdfString([.. bytes]);
            }

            bytes.Add(b);
        }

        throw new PdfSyntaxException("Unterminated string.");
    }

    private void ReadEscape(ReadOnlySpan<byte> span, List<byte> bytes)
    {
        var e = span[Position++];
        switch (e)
        {
            case (byte)'n': bytes.Add(10); break;
            case (byte)'r': bytes.Add(13); break;
            case (byte)'t': bytes.Add(9); break;
            case (byte)'b': bytes.Add(8); break;
            case (byte)'f': bytes.Add(12); break;
            case 13:
                if (Position < span.Length && span[Position] == 10)
                {
                    Position++;
                }

                break;
            case 10: break;
            case >= (byte)'0' and <= (byte)'7':
                var value = e - '0';
                for (var i = 0; i < 2 && Position < span.Length && span[Position] is >= (byte)'0' and <= (byte)'7'; i++)
                {
                    value = (value * 8) + (span[Position++] - '0');
                }

                bytes.Add((byte)value);
                break;
            default: bytes.Add(e); break;
        }
    }
}
