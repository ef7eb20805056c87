using CardProcessor.Extraction;
using CardProcessor.Extraction.Json;

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

    public static int Run(FileInfo file, Stream output, TextWriter error)
    {
        if (!file.Exists)
        {
            error.WriteLine($"extract: {file.FullName}: no such file");
            return FileMissing;
        }

        try
        {
            using var pdf = file.OpenRead();
            var document = new DocumentExtractor().Extract(PdfLayoutReader.ReadPages(pdf));
            ExtractedDocumentJson.Write(output, document);
            output.WriteByte((byte)'\n');
            output.Flush();
            return Success;
        }
        catch (UnreadablePdfException e)
        {
            error.WriteLine($"extract: {file.Name}: {OneLine(e.Message)}");
            return Unreadable;
        }
        catch (UnrecognizedDocumentException e)
        {
            error.WriteLine($"extract: {file.Name}: {OneLine(e.Message)}");
            return Unrecognized;
        }
        catch (DocumentHasNoTextException e)
        {
            error.WriteLine($"extract: {file.Name}: {OneLine(e.Message)}");
            return NoText;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
