using CardProcessor.Extraction;
using CardProcessor.Extraction.Json;
using CardProcessor.Extraction.Limits;

namespace CardProcessor.Cli.Extraction;

/// <summary>
/// Runs <c>cardprocessor extract FILE.pdf</c>: the document's JSON on standard output, or a
/// one-line reason on standard error and a non-zero exit code.
/// </summary>
internal static class ExtractRunner
{
    public const int Success = 0;
    public const int FileMissing = 2;
    public const int Unreadable = 3;
    public const int Unrecognized = 4;
    public const int NoText = 5;

    /// <summary>The file goes beyond one of the document limits (size, inflated bytes, operators, pages,
    /// time).</summary>
    public const int OverLimit = 6;

    public static int Run(FileInfo file, Stream output, TextWriter error) =>
        Run(file, new DocumentLimits(), output, error);

    public static int Run(FileInfo file, DocumentLimits limits, Stream output, TextWriter error)
    {
        if (!file.Exists)
        {
            error.WriteLine($"extract: {Printable(file.FullName)}: no such file");
            return FileMissing;
        }

        try
        {
            // The same size limit as the API's upload, checked before a byte is read.
            if (file.Length > limits.MaxFileBytes)
            {
                throw DocumentBounds.FileTooLarge(file.Length, limits);
            }

            using var pdf = file.OpenRead();
            var document = new DocumentExtractor().Extract(PdfLayoutReader.ReadPages(pdf, limits));
            ExtractedDocumentJson.Write(output, document);
            output.WriteByte((byte)'\n');
            output.Flush();
            return Success;
        }
        catch (DocumentLimitExceededException e)
        {
            error.WriteLine($"extract: {Printable(file.Name)}: {OneLine(e.Message)}");
            return OverLimit;
        }
        catch (UnreadablePdfException e)
        {
            error.WriteLine($"extract: {Printable(file.Name)}: {OneLine(e.Message)}");
            return Unreadable;
        }
        catch (UnrecognizedDocumentException e)
        {
            error.WriteLine($"extract: {Printable(file.Name)}: {OneLine(e.Message)}");
            return Unrecognized;
        }
        catch (DocumentHasNoTextException e)
        {
            error.WriteLine($"extract: {Printable(file.Name)}: {OneLine(e.Message)}");
            return NoText;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");

    /// <summary>A file name with its control characters escaped, so that it cannot rewrite the terminal.</summary>
    private static string Printable(string name) => string.Concat(name.Select(c =>
        char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format
            ? $"\\u{(int)c:x4}"
            : c.ToString()));
}
