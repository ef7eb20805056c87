namespace CardProcessor.Extraction.Limits;

/// <summary>
/// The bounded look at a PDF before anything decodes it: size, signature, end marker, polyglots,
/// then the pre-scan of its objects (<see cref="PdfBoundsScanner"/>).
/// </summary>
public static class DocumentBounds
{
    /// <summary>Checks the whole document, or only its first <paramref name="pagesToCheck"/> pages' streams.</summary>
    /// <exception cref="DocumentLimitExceededException">The document goes beyond a bound.</exception>
    /// <exception cref="UnreadablePdfException">It is not a PDF that can be read.</exception>
    public static DocumentBoundsReport Check(ReadOnlyMemory<byte> pdf, DocumentLimits limits, int? pagesToCheck = null)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (pdf.Length > limits.MaxFileBytes)
        {
            throw FileTooLarge(pdf.Length, limits);
        }

        var span = pdf.Span;
        if (span[..Math.Min(1024, span.Length)].IndexOf("%PDF-"u8) < 0)
        {
            throw new UnreadablePdfException("The file is not a PDF (its content does not start with %PDF-).");
        }

        var endMarker = span.LastIndexOf("%%EOF"u8);
        if (endMarker < 0)
        {
            throw new UnreadablePdfException("The file is not a readable PDF: it is truncated (no %%EOF end marker).");
        }

        var end = endMarker + 5;
        if (IsAlsoZip(span, end))
        {
            throw new UnreadablePdfException(
                "The file is both a PDF and a ZIP archive (a polyglot); upload the PDF on its own.");
        }

        return PdfBoundsScanner.Scan(pdf[..end], limits, pagesToCheck);
    }

    /// <summary>Reads a PDF into memory, refusing one over the size limit before reading it.</summary>
    /// <exception cref="DocumentLimitExceededException">It is larger than the file size limit.</exception>
    public static byte[] ReadFile(Stream pdf, DocumentLimits limits)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(limits);
        if (pdf.CanSeek)
        {
            // Callers count pages, then read them, from one stream: always from its start.
            pdf.Position = 0;
            if (pdf.Length > limits.MaxFileBytes)
            {
                throw FileTooLarge(pdf.Length, limits);
            }
        }

        if (pdf.CanSeek)
        {
            // One copy, of a known size: a 64 MiB upload is not grown and copied again.
            var bytes = new byte[pdf.Length];
            pdf.ReadExactly(bytes);
            return bytes;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = pdf.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limits.MaxFileBytes)
            {
                throw FileTooLarge(buffer.Length + read, limits);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static DocumentLimitExceededException FileTooLarge(long size, DocumentLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new DocumentLimitExceededException(DocumentBound.FileBytes,
            $"The file is {LimitText.Count(size)} "
                + $"bytes{(size > limits.MaxFileBytes + 1 ? string.Empty : " or more")}; " +
            $"the limit is {LimitText.Count(limits.MaxFileBytes)} ({LimitText.Bytes(limits.MaxFileBytes)}).");
    }

    private static bool IsAlsoZip(ReadOnlySpan<byte> file, int pdfEnd)
    {
        // A ZIP reader looks for its directory at the end of the file, and some at its start.
        var trailing = file[pdfEnd..];
        return file.StartsWith("PK\u0003\u0004"u8)
            || trailing.IndexOf("PK\u0005\u0006"u8) >= 0
            || trailing.IndexOf("PK\u0003\u0004"u8) >= 0;
    }
}
