using Azure;
using CardProcessor.DocumentIntelligence;
using CardProcessor.Extraction;
using CardProcessor.Extraction.Json;

namespace CardProcessor.Cli.Extraction;

/// <summary>
/// <c>extract FILE --mode DocumentIntelligence</c>: every page through the service's
/// <c>prebuilt-layout</c>, then the same parsers and the same JSON as a local extraction.
/// </summary>
internal static class DocumentIntelligenceExtractRunner
{
    public const int ServiceFailed = 6;

    public static async Task<int> RunAsync(FileInfo file, Uri endpoint, string key, Stream output, TextWriter error,
        CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            await error.WriteLineAsync($"extract: {file.FullName}: no such file");
            return ExtractRunner.FileMissing;
        }

        try
        {
            var client = new DocumentIntelligenceClient(endpoint, new AzureKeyCredential(key));
            await using var pdf = file.OpenRead();
            var layout = await client.AnalyzeLayoutAsync(pdf, cancellationToken: cancellationToken);
            var document = new DocumentExtractor().Extract(layout.Pages);
            ExtractedDocumentJson.Write(output, document);
            output.WriteByte((byte)'\n');
            await output.FlushAsync(cancellationToken);
            return ExtractRunner.Success;
        }
        catch (RequestFailedException exception)
        {
            // Azure.Core's message carries the whole response; the first line is the service's reason.
            await error.WriteLineAsync(
                $"extract: {file.Name}: Document Intelligence answered {exception.Status} {exception.ErrorCode}: "
                + $"{FirstLine(exception.Message)}");
            return ServiceFailed;
        }
        catch (Exception exception)
            when (exception is DocumentAnalysisFailedException or TimeoutException or HttpRequestException)
        {
            await error.WriteLineAsync($"extract: {file.Name}: Document Intelligence: {FirstLine(exception.Message)}");
            return ServiceFailed;
        }
        catch (UnrecognizedDocumentException exception)
        {
            await error.WriteLineAsync($"extract: {file.Name}: {exception.Message.ReplaceLineEndings(" ")}");
            return ExtractRunner.Unrecognized;
        }
        catch (DocumentHasNoTextException exception)
        {
            await error.WriteLineAsync($"extract: {file.Name}: {exception.Message.ReplaceLineEndings(" ")}");
            return ExtractRunner.NoText;
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
