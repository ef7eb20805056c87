namespace CardProcessor.Api.Documents;

/// <summary>
/// Recognises a PDF by its bytes, not its file name: <c>%PDF-</c> within the first 1024 bytes (ISO 32000 allows leading
/// junk).
/// </summary>
internal static class PdfSniffer
{
    private static ReadOnlySpan<byte> Signature => "%PDF-"u8;

    public static bool LooksLikePdf(ReadOnlySpan<byte> head) =>
        head[..Math.Min(head.Length, 1024)].IndexOf(Signature) >= 0;
}
