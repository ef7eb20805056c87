using System.CommandLine;
using CardProcessor.Cli.Extraction;

namespace CardProcessor.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The PDF to extract." };
        var command = new Command("extract", "Extract a statement or receipt report PDF and print its JSON.") { file };
        command.SetAction(parse => ExtractRunner.Run(parse.GetValue(file)!, Console.OpenStandardOutput(), Console.Error));
        return command;
    }
}
