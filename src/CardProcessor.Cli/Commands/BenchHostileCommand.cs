using System.CommandLine;
using CardProcessor.Cli.Hostile;

namespace CardProcessor.Cli.Commands;

internal static class BenchHostileCommand
{
    public static Command Create()
    {
        var statement = new Option<FileInfo>("--statement")
        {
            Description = "The statement to pad (default: ../shared/fixtures/car/car-2001-001.pdf).",
            DefaultValueFactory = _ =>
                new FileInfo(Path.Combine("..", "shared", "fixtures", "car", "car-2001-001.pdf")),
        };
        var cli = new Option<FileInfo?>("--cli") { Description = "Another build's cardprocessor.dll to measure." };
        var bombMib = new Option<long>("--bomb-mib")
        {
            Description = "MiB the bomb page inflates to.",
            DefaultValueFactory = _ => 4096,
        };
        var api = new Option<string?>("--api") { Description = "An API's base URL to upload the files to." };
        var token = new Option<string?>("--token") { Description = "A Processor token for --api." };
        var apiPid = new Option<int?>("--api-pid") { Description = "The API's process id, for its peak memory." };
        var command = new Command("bench-hostile",
            "Measure the hostile files of issue 12 (bomb, operators, padded) through the CLI and an API.")
        {
            statement, cli, bombMib, api, token, apiPid,
        };
        command.SetAction((parse, _) => HostileBenchRunner.RunAsync(
            new HostileBenchOptions(
                parse.GetValue(statement)!.FullName,
                parse.GetValue(cli)?.FullName,
                parse.GetValue(bombMib) * 1024 * 1024,
                parse.GetValue(api),
                parse.GetValue(token),
                parse.GetValue(apiPid)),
            Console.Out));
        return command;
    }
}
