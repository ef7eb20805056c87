namespace CardProcessor.DocumentIntelligence.Protocol;

/// <summary>
/// Picks the <c>Content-Type</c> of a raw-bytes analyze request from the file's signature, since the worker has
/// bytes from blob storage rather than a trusted file name.
/// </summary>
internal static class DocumentContentType
{
    public const string Pdf = "application/pdf";
    public const string OctetStream = "application/octet-stream";

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47];

    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    public static string Detect(ReadOnlySpan<byte> document)
    {
        if (document.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (document.StartsWith(PngSignature))
        {
            return "image/png";
        }

        if (document.StartsWith(JpegSignature))
        {
            return "image/jpeg";
        }

        if (document.StartsWith("II*\0"u8) || document.StartsWith("MM\0*"u8))
        {
            return "image/tiff";
        }

        if (document.StartsWith("BM"u8))
        {
            return "image/bmp";
        }

        if (document.Length >= 12 && document[4..8].SequenceEqual("ftyp"u8)
            && (document[8..12].SequenceEqual("heic"u8) || document[8..12].SequenceEqual("mif1"u8)))
        {
            return "image/heif";
        }

        // The service sniffs the bytes itself and answers InvalidContent when it cannot read them.
        return OctetStream;
    }
}
