using System.CommandLine;

namespace CardProcessor.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The PDF to extract." };
        var command = new Command("extract", "Extract a statement or receipt report PDF and print its JSON.") { file };
        command.SetAction(parse =>
        {
            Console.Error.WriteLine("extract: not implemented yet");
            return 1;
        });
        return command;
    }
}
