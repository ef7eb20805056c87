using System.CommandLine;

namespace CardProcessor.Cli.Commands;

internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Benchmark the extractor against pdftotext -layout.");
        command.SetAction(parse =>
        {
            Console.Error.WriteLine("bench: not implemented yet");
            return 1;
        });
        return command;
    }
}
