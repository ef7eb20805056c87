using System.Diagnostics;
using System.Text.Json;

namespace CardProcessor.Cli.Pipeline;

/// <summary>One pair through a running API: a session, two uploads, processing watched to Review or Failed.</summary>
internal static class SessionRun
{
    public static async Task<int> RunAsync(
        CardProcessorApiClient client, FileInfo statement, FileInfo receipts, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var today = DateOnly.FromDateTime(DateTime.Today);
        var period = StatementPeriod.Read(statement) ?? (today.AddMonths(-1), today);
        var sessionId = await client.CreateSessionAsync(
            $"{period.Start:MMMM yyyy} ({statement.Name})", period.Start, period.End, cancellationToken);
        Console.WriteLine($"session {sessionId}, period {period.Start:yyyy-MM-dd} to {period.End:yyyy-MM-dd}");
        await client.UploadAsync(sessionId, statement, cancellationToken);
        await client.UploadAsync(sessionId, receipts, cancellationToken);
        await client.StartAsync(sessionId, cancellationToken);

        var status = await WatchAsync(client, sessionId, cancellationToken);
        Console.WriteLine($"session {status} after {clock.Elapsed.TotalSeconds:F1} s");
        Console.Write((await SessionSummary.ReadAsync(client, sessionId, cancellationToken)).Render());
        return status == "Review" ? 0 : 1;
    }

    /// <summary>Prints each change of the documents' progress; returns the session's final status.</summary>
    private static async Task<string> WatchAsync(
        CardProcessorApiClient client, string sessionId, CancellationToken cancellationToken)
    {
        var last = string.Empty;
        while (true)
        {
            var progress = await client.GetAsync($"/api/v1/sessions/{sessionId}/progress", cancellationToken);
            var status = progress.GetProperty("status").GetString()!;
            var documents = progress.GetProperty("documents").EnumerateArray().ToList();
            var line = string.Join("  ", documents.Select(Describe));
            if (line != last)
            {
                Console.WriteLine($"  {line}");
                last = line;
            }

            if (status is "Review" or "Failed")
            {
                foreach (var failed in documents.Where(d => d.GetProperty("status").GetString() == "Failed"))
                {
                    var name = failed.GetProperty("fileName").GetString();
                    Console.WriteLine($"  {name} failed: {failed.GetProperty("error").GetString()}");
                }

                return status;
            }

            await Task.Delay(500, cancellationToken);
        }
    }

    private static string Describe(JsonElement document) =>
        $"{document.GetProperty("fileName").GetString()}: {document.GetProperty("status").GetString()} "
        + $"{document.GetProperty("pagesDone").GetInt32()}/{document.GetProperty("pageCount").GetInt32()}";
}
