namespace CardProcessor.Reports.Packets;

/// <summary>
/// Where the zip writes, between entries, instead of the response: <see cref="System.IO.Compression.ZipArchive"/>
/// finishes an entry with synchronous writes (its entry streams have no real asynchronous dispose),
/// which the response body refuses. The packet writer drains this buffer to the response
/// asynchronously after each entry, so it never holds more than one packet.
/// </summary>
internal sealed class WriteBehindBuffer : Stream
{
    private readonly MemoryStream _pending = new();
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _pending.Write(buffer);
        _written += buffer.Length;
    }

    public override void Flush()
    {
        // Nothing to do: the bytes leave with the next DrainToAsync.
    }

    public async Task DrainToAsync(Stream target, CancellationToken cancellationToken)
    {
        if (_pending.Length == 0)
        {
            return;
        }

        await target.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), cancellationToken);
        await target.FlushAsync(cancellationToken);
        _pending.SetLength(0);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pending.Dispose();
        }

        base.Dispose(disposing);
    }
}
