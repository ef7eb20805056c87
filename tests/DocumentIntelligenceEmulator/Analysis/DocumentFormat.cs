namespace DocumentIntelligenceEmulator.Analysis;

/// <summary>What the uploaded bytes are, told from their signature as the service does (it ignores the file
/// name).</summary>
internal enum DocumentFormat
{
    Unknown,
    Pdf,
    Image,
}

internal static class DocumentFormats
{
    public static DocumentFormat Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("%PDF-"u8))
        {
            return DocumentFormat.Pdf;
        }

        ReadOnlySpan<byte> png = [0x89, 0x50, 0x4E, 0x47];
        ReadOnlySpan<byte> jpeg = [0xFF, 0xD8, 0xFF];
        var isImage = bytes.StartsWith(png) || bytes.StartsWith(jpeg)
            || bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8) || bytes.StartsWith("BM"u8)
            || (bytes.Length >= 12 && bytes[4..8].SequenceEqual("ftyp"u8));
        return isImage ? DocumentFormat.Image : DocumentFormat.Unknown;
    }
}
