namespace CardProcessor.Extraction.Limits;

/// <summary>
/// PDF's LZWDecode (ISO 32000-1, 7.4.4; EarlyChange 1) as a forward-only stream, so that the
/// pre-scan can stop reading at a cap however far the codes would expand.
/// </summary>
internal sealed class LzwDecodeStream(Stream source) : Stream
{
    private const int ClearTable = 256;
    private const int EndOfData = 257;
    private readonly int[] _prefix = new int[4096];
    private readonly byte[] _suffix = SingleBytes();
    private readonly byte[] _first = SingleBytes();
    private readonly byte[] _pending = new byte[4096];
    private int _pendingStart;
    private int _pendingEnd;
    private int _next = 258;
    private int _width = 9;
    private int _previous = -1;
    private int _bits;
    private int _bitCount;
    private bool _ended;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var written = 0;
        while (written < count)
        {
            if (_pendingStart == _pendingEnd && !DecodeNext())
            {
                break;
            }

            var take = Math.Min(count - written, _pendingEnd - _pendingStart);
            Array.Copy(_pending, _pendingStart, buffer, offset + written, take);
            _pendingStart += take;
            written += take;
        }

        return written;
    }

    private bool DecodeNext()
    {
        var code = ReadCode();
        if (code is < 0 or EndOfData)
        {
            _ended = true;
            return false;
        }

        if (code == ClearTable)
        {
            _next = 258;
            _width = 9;
            _previous = -1;
            return true;
        }

        if (_previous >= 0 && _next < 4096)
        {
            // The new entry is the previous string plus the first byte of this one (or of itself, for KwKwK).
            _prefix[_next] = _previous;
            _suffix[_next] = code < _next ? _first[code] : _first[_previous];
            _first[_next] = _first[_previous];
            _next++;
            _width = (_next + 1) switch { >= 2048 => 12, >= 1024 => 11, >= 512 => 10, _ => 9 };
        }

        if (code >= _next)
        {
            _ended = true;
            return false;
        }

        Emit(code);
        _previous = code;
        return true;
    }

    private void Emit(int code)
    {
        var end = _pending.Length;
        var position = end;
        for (var c = code; ; c = _prefix[c])
        {
            _pending[--position] = c < 256 ? (byte)c : _suffix[c];
            if (c < 256)
            {
                break;
            }
        }

        _pendingStart = position;
        _pendingEnd = end;
    }

    private int ReadCode()
    {
        while (!_ended && _bitCount < _width)
        {
            var b = source.ReadByte();
            if (b < 0)
            {
                return -1;
            }

            _bits = (_bits << 8) | b;
            _bitCount += 8;
        }

        if (_bitCount < _width)
        {
            return -1;
        }

        _bitCount -= _width;
        return (_bits >> _bitCount) & ((1 << _width) - 1);
    }

    private static byte[] SingleBytes()
    {
        var table = new byte[4096];
        for (var b = 0; b < 256; b++)
        {
            table[b] = (byte)b;
        }

        return table;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            source.Dispose();
        }

        base.Dispose(disposing);
    }
}
