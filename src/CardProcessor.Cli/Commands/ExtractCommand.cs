using System.CommandLine;
using CardProcessor.Cli.Extraction;

namespace CardProcessor.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The PDF to extract." };
        var mode = new Option<ExtractMode>(
            "--mode") { Description = "Local (the PDF's text layer) or DocumentIntelligence (every page through the "
            + "service).", DefaultValueFactory = _ => ExtractMode.Local };
        var endpoint = new Option<string?>(
            "--endpoint") { Description = "Document Intelligence endpoint (or the emulator's URL)." };
        var key = new Option<string?>(
            "--key") { Description = "Document Intelligence key (default: the DOCUMENTINTELLIGENCE_API_KEY environment "
            + "variable)." };
        var command = new Command("extract", "Extract a statement or receipt report PDF and print its JSON.") { file,
            mode, endpoint, key };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var pdf = parse.GetValue(file)!;
            if (parse.GetValue(mode) == ExtractMode.Local)
            {
                return ExtractRunner.Run(pdf, Console.OpenStandardOutput(), Console.Error);
            }

            var service = parse.GetValue(endpoint);
            var apiKey = parse.GetValue(key) ?? Environment.GetEnvironmentVariable("DOCUMENTINTELLIGENCE_API_KEY");
            if (service is null || apiKey is null || !Uri.TryCreate(service, UriKind.Absolute, out var serviceUri))
            {
                await Console.Error.WriteLineAsync(
                    "extract: --mode DocumentIntelligence needs --endpoint URL and --key KEY.");
                return ExtractRunner.FileMissing;
            }

            return await DocumentIntelligenceExtractRunner.RunAsync(pdf, serviceUri, apiKey,
                Console.OpenStandardOutput(), Console.Error, cancellationToken);
        });
        return command;
    }
}
