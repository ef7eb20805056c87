using System.CommandLine;
using CardProcessor.Cli.Commands;

var root = new RootCommand("CardProcessor command line: extract statements, benchmark the extractor, issue local tokens, migrate the database.")
{
    ExtractCommand.Create(),
    BenchCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
