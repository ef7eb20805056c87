using System.IO.Compression;

namespace CardProcessor.Extraction.Limits;

/// <summary>What a stream inflates to, read no further than the cap.</summary>
/// <param name="Length">Decoded bytes read; past the cap, the cap plus one.</param>
/// <param name="Bytes">The decoded bytes when asked for and within the cap.</param>
/// <param name="EndsInImageCodec">The chain ends in an image codec (DCT, JPX, CCITT, JBIG2) left undecoded.</param>
internal readonly record struct DecodedStream(long Length, byte[]? Bytes, bool EndsInImageCodec);

/// <summary>
/// Decodes a stream's filter chain as a pipeline of forward-only streams and stops at a cap, so that a
/// 7 KB stream that would inflate to 4 GiB costs the pre-scan one buffer and a few milliseconds.
/// </summary>
internal static class StreamDecoder
{
    private const int BufferSize = 64 * 1024;

    public static DecodedStream Decode(ReadOnlyMemory<byte> raw, IReadOnlyList<string> filters, long cap, bool keep)
    {
        Stream current = new ReadOnlyMemoryStream(raw);
        try
        {
            foreach (var filter in filters)
            {
                switch (filter)
                {
                    case "FlateDecode" or "Fl":
                        current = Inflate(current);
                        break;
                    case "LZWDecode" or "LZW":
                        current = new LzwDecodeStream(current);
                        break;
                    case "ASCIIHexDecode" or "AHx" or "ASCII85Decode" or "A85" or "RunLengthDecode" or "RL":
                        var input = ReadCapped(current, cap, keep: true);
                        current.Dispose();
                        if (input.Bytes is null)
                        {
                            return input;
                        }

                        current = new MemoryStream(SimpleFilters.Decode(filter, input.Bytes, cap));
                        break;
                    case "DCTDecode" or "DCT" or "JPXDecode" or "CCITTFaxDecode" or "CCF" or "JBIG2Decode":
                        return ReadCapped(current, cap, keep: false) with { EndsInImageCodec = true };
                    default:
                        // Crypt (already applied) and unknown names: the bytes pass through as they are.
                        break;
                }
            }

            return ReadCapped(current, cap, keep);
        }
        finally
        {
            current.Dispose();
        }
    }

    private static DeflateStream Inflate(Stream source)
    {
        // Most writers add the zlib header; some write bare deflate, which PdfPig also accepts.
        var first = source.ReadByte();
        var second = source.ReadByte();
        var zlib = first >= 0 && second >= 0 && (first & 0x0F) == 8 && ((first << 8) | second) % 31 == 0;
        if (!zlib)
        {
            var prefix = first < 0 ? [] : second < 0 ? new[] { (byte)first } : new[] { (byte)first, (byte)second };
            return new DeflateStream(new PrefixedStream(prefix, source), CompressionMode.Decompress);
        }

        return new DeflateStream(source, CompressionMode.Decompress);
    }

    private static DecodedStream ReadCapped(Stream source, long cap, bool keep)
    {
        var buffer = new byte[BufferSize];
        var kept = keep ? new MemoryStream() : null;
        long total = 0;
        try
        {
            int read;
            while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += read;
                if (total > cap)
                {
                    return new DecodedStream(cap + 1, null, false);
                }

                kept?.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            // A damaged stream ends where it breaks, as in PdfPig; what it gave so far is counted.
        }
        catch (EndOfStreamException)
        {
            // Likewise: truncated data.
        }

        return new DecodedStream(total, kept?.ToArray(), false);
    }
}
