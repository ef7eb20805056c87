using System.CommandLine;
using CardProcessor.Cli.Extraction;

namespace CardProcessor.Cli.Commands;

internal static class BenchCommand
{
    public static Command Create()
    {
        var fixture = new Option<FileInfo>(
            "--fixture") { Description = "The real report to measure (default: "
            + "../shared/fixtures/car/car-2099-000.pdf)." };
        var pages = new Option<int>(
            "--pages") { Description = "Pages of the generated report; 0 measures the fixture alone.",
            DefaultValueFactory = _ => 1000 };
        var runs = new Option<int>(
            "--runs") { Description = "Runs per tool and file; the fastest is reported beside the first.",
            DefaultValueFactory = _ => 3 };

        // The measuring side, run in a child process so that its peak memory is its own.
        var child = new Option<FileInfo>("--child") { Hidden = true };
        var command = new Command("bench", "Benchmark the extractor against pdftotext -layout.") { fixture, pages, runs,
            child };
        command.SetAction(parse => parse.GetValue(child) is { } file
            ? BenchRunner.RunChild(file, parse.GetValue(runs), Console.Out)
            : BenchRunner.Run(parse.GetValue(fixture), parse.GetValue(pages), parse.GetValue(runs), Console.Out));
        return command;
    }
}
