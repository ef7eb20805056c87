namespace CardProcessor.Extraction.Limits;

/// <summary>
/// Decodes a document's streams, each at most once, under the per-stream and per-document caps, and
/// names the stream that goes beyond them ("page 10's content", "object 7, a font file").
/// </summary>
internal sealed class StreamBudget(PdfObjectTable table, StandardSecurityHandler? security, DocumentLimits limits)
{
    private readonly Dictionary<int, long> _decoded = [];

    public long DecodedBytes { get; private set; }

    public bool WasDecoded(PdfObject obj) => _decoded.ContainsKey(obj.Number);

    /// <summary>Decodes a stream, counting it once; the bytes are returned when <paramref name="keep"/> is
    /// set.</summary>
    public byte[]? Decode(PdfObject obj, bool keep, string? where = null)
    {
        if (!keep && _decoded.ContainsKey(obj.Number))
        {
            return null;
        }

        var raw = table.Data.Slice(obj.StreamStart, obj.StreamLength);
        var data = security is null ? raw : security.Decrypt(obj, raw.Span);
        var decoded = StreamDecoder.Decode(data, Filters(obj.Dictionary), limits.MaxStreamBytes, keep);
        var length = decoded.EndsInImageCodec ? Math.Max(decoded.Length, DeclaredImageBytes(obj)) : decoded.Length;
        where ??= Describe(obj);
        if (length > limits.MaxStreamBytes)
        {
            throw new DocumentLimitExceededException(DocumentBound.StreamBytes,
                $"{Capitalise(where)} inflates beyond the {LimitText.Bytes(limits.MaxStreamBytes)} per-stream limit.");
        }

        if (_decoded.TryAdd(obj.Number, length))
        {
            DecodedBytes += length;
            if (DecodedBytes > limits.MaxDocumentBytes)
            {
                throw new DocumentLimitExceededException(DocumentBound.DocumentBytes,
                    $"The PDF's streams inflate beyond the {LimitText.Bytes(limits.MaxDocumentBytes)} per-document " +
                    $"limit (at {where}).");
            }
        }

        return decoded.Bytes;
    }

    /// <summary>What an image decodes to by its dictionary: width × height × components × bits.</summary>
    private long DeclaredImageBytes(PdfObject obj)
    {
        var dictionary = obj.Dictionary;
        if (dictionary is null || table.Resolve(dictionary["Width"]) is not long width
            || table.Resolve(dictionary["Height"]) is not long height || width <= 0 || height <= 0)
        {
            return 0;
        }

        var bits = table.Resolve(dictionary["BitsPerComponent"]) as long? ?? 8;
        var components = table.Resolve(dictionary["ColorSpace"]) switch
        {
            PdfName { Value: "DeviceGray" or "CalGray" } => 1,
            PdfName { Value: "DeviceCMYK" } => 4,
            _ => 3,
        };
        // Saturate rather than overflow: a hostile 2^31 × 2^31 image is simply "too large".
        var pixels = width > long.MaxValue / height ? long.MaxValue : width * height;
        return pixels > long.MaxValue / (components * Math.Max(1, bits)) ? long.MaxValue
            : pixels * components * Math.Max(1, bits) / 8;
    }

    private static List<string> Filters(PdfDictionary? dictionary) => dictionary?["Filter"] switch
    {
        PdfName name => [name.Value],
        List<object?> names => [.. names.OfType<PdfName>().Select(n => n.Value)],
        _ => [],
    };

    public static string Describe(PdfObject obj)
    {
        var dictionary = obj.Dictionary;
        var what = dictionary?.NameOf("Subtype") switch
        {
            "Image" => "an image",
            "Form" => "a form",
            _ when dictionary?.Is("Type", "ObjStm") == true => "an object stream",
            _ when dictionary?["Length1"] is not null || dictionary?.NameOf("Subtype") is "Type1C" or "CIDFontType0C"
                or "OpenType" => "a font file",
            _ => "a stream",
        };
        return $"object {obj.Number} ({what})";
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
