using System.CommandLine;
using CardProcessor.Cli.Commands;

var root = new RootCommand(
    "CardProcessor command line: extract statements, benchmark the extractor, run the pipeline against an API, "
    + "issue local tokens, migrate the database.")
{
    ExtractCommand.Create(),
    BenchCommand.Create(),
    BenchHostileCommand.Create(),
    RunCommand.Create(),
    TokenCommand.Create(),
    MigrateCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
