using System.CommandLine;
using CardProcessor.Cli.Pipeline;
using CardProcessor.Cli.Tokens;

namespace CardProcessor.Cli.Commands;

internal static class RunCommand
{
    public static Command Create()
    {
        var statement = new Argument<FileInfo>("statement")
        {
            Description = "The cardholder activity report (statement) PDF.",
        };
        var receipts = new Argument<FileInfo>("receipts") { Description = "The receipt report PDF." };
        var api = new Option<string>("--api")
        {
            Description = "The CardProcessor API.",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var issuer = TokenCommand.IssuerOption();
        var command = new Command(
            "run", "Upload a statement and its receipt report to a running API, process them and print a summary.")
        {
            statement, receipts, api, issuer,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var statementFile = parse.GetValue(statement)!;
            var receiptsFile = parse.GetValue(receipts)!;
            foreach (var file in new[] { statementFile, receiptsFile }.Where(f => !f.Exists))
            {
                await Console.Error.WriteLineAsync($"run: {file.FullName} does not exist.");
                return 2;
            }

            var (token, exitCode) = await IssuerToken.RequestAsync(
                "run", parse.GetValue(issuer), LocalIssuer.DefaultTenant, ["Admin"], "demo@cardprocessor.local",
                cancellationToken);
            if (token is null)
            {
                return exitCode;
            }

            using var client = CardProcessorApiClient.Create(new Uri(parse.GetValue(api)!), token);
            try
            {
                return await SessionRun.RunAsync(client, statementFile, receiptsFile, cancellationToken);
            }
            catch (HttpRequestException exception)
            {
                await Console.Error.WriteLineAsync($"run: {exception.Message}");
                return 1;
            }
        });
        return command;
    }
}
