using System.CommandLine;
using System.Diagnostics;
using CardProcessor.Cli.Pipeline;
using CardProcessor.Cli.Tokens;

namespace CardProcessor.Cli.Commands;

internal static class RunCommand
{
    public static Command Create()
    {
        var statement = new Argument<FileInfo>("statement") { Description = "The cardholder activity report (statement) PDF." };
        var receipts = new Argument<FileInfo>("receipts") { Description = "The receipt report PDF." };
        var api = new Option<string>("--api") { Description = "The CardProcessor API.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var issuer = new Option<string>("--issuer") { Description = "The local token issuer.", DefaultValueFactory = _ => LocalIssuer.DefaultAddress };
        var command = new Command("run", "Upload a statement and its receipt report to a running API, process them and print a summary.") { statement, receipts, api, issuer };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (LocalIssuer.RefusalReason() is { } refusal)
            {
                await Console.Error.WriteLineAsync(refusal);
                return 3;
            }

            var statementFile = parse.GetValue(statement)!;
            var receiptsFile = parse.GetValue(receipts)!;
            foreach (var file in new[] { statementFile, receiptsFile }.Where(f => !f.Exists))
            {
                await Console.Error.WriteLineAsync($"run: {file.FullName} does not exist.");
                return 2;
            }

            var token = await LocalIssuer.RequestTokenAsync(new Uri(parse.GetValue(issuer)!), LocalIssuer.DefaultTenant, ["Admin"], "demo@cardprocessor.local", cancellationToken);
            using var client = CardProcessorApiClient.Create(new Uri(parse.GetValue(api)!), token);
            try
            {
                return await RunAsync(client, statementFile, receiptsFile, cancellationToken);
            }
            catch (HttpRequestException exception)
            {
                await Console.Error.WriteLineAsync($"run: {exception.Message}");
                return 1;
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(CardProcessorApiClient client, FileInfo statement, FileInfo receipts, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var period = StatementPeriod.Read(statement) ?? (DateOnly.FromDateTime(DateTime.Today.AddMonths(-1)), DateOnly.FromDateTime(DateTime.Today));
        var sessionId = await client.CreateSessionAsync($"{period.Start:MMMM yyyy} ({statement.Name})", period.Start, period.End, cancellationToken);
        Console.WriteLine($"session {sessionId}, period {period.Start:yyyy-MM-dd} to {period.End:yyyy-MM-dd}");
        await client.UploadAsync(sessionId, statement, cancellationToken);
        await client.UploadAsync(sessionId, receipts, cancellationToken);
        await client.StartAsync(sessionId, cancellationToken);

        string status;
        var last = string.Empty;
        while (true)
        {
            var progress = await client.GetAsync($"/api/v1/sessions/{sessionId}/progress", cancellationToken);
            status = progress.GetProperty("status").GetString()!;
            var line = string.Join("  ", progress.GetProperty("documents").EnumerateArray().Select(d =>
                $"{d.GetProperty("fileName").GetString()}: {d.GetProperty("status").GetString()} {d.GetProperty("pagesDone").GetInt32()}/{d.GetProperty("pageCount").GetInt32()}"));
            if (line != last)
            {
                Console.WriteLine($"  {line}");
                last = line;
            }

            if (status is "Review" or "Failed")
            {
                foreach (var failed in progress.GetProperty("documents").EnumerateArray().Where(d => d.GetProperty("status").GetString() == "Failed"))
                {
                    Console.WriteLine($"  {failed.GetProperty("fileName").GetString()} failed: {failed.GetProperty("error").GetString()}");
                }

                break;
            }

            await Task.Delay(500, cancellationToken);
        }

        Console.WriteLine($"session {status} after {clock.Elapsed.TotalSeconds:F1} s");
        Console.Write((await SessionSummary.ReadAsync(client, sessionId, cancellationToken)).Render());
        return status == "Review" ? 0 : 1;
    }
}
