using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace CardProcessor.Reports.Benchmarks;

/// <summary>
/// Seeds one session per size, measures each export of each in a child process, prints the table and the verdicts.
/// </summary>
internal static class ReportsBench
{
    private const double WorkbookBudgetSeconds = 10;
    private const double CsvBudgetSeconds = 2;

    /// <summary>The session size the budgets are set for (issue 6).</summary>
    private const int BudgetSize = 100_000;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        await using var database = await BenchDatabase.CreateAsync(options.Postgres);
        var sessions = new List<(int Size, Guid Id)>();
        foreach (var size in options.Sizes)
        {
            var started = Stopwatch.GetTimestamp();
            sessions.Add((size, await BulkSessionSeeder.SeedAsync(database.ConnectionString, size, seed: size)));
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            Print(Invariant, $"seeded a session of {size:N0} transactions in {seconds:0.0} s");
        }

        Console.WriteLine();
        Print(Invariant, $"{"export",-10} {"transactions",12} {"rows",9} {"MB out",8} "
            + $"{"first s",8} {"best s",8} {"peak MB",8} {"heap MB",8}");
        var results = new List<(int Size, MeasuredExport Export)>();
        foreach (var format in options.Formats)
        {
            foreach (var (size, id) in sessions)
            {
                var export = await MeasureInChildAsync(format, database.ConnectionString, id, options.Runs);
                results.Add((size, export));
                Print(Invariant, $"{format,-10} {size,12:N0} {export.Rows,9:N0} {export.Bytes / 1048576.0,8:0.0} "
                    + $"{export.FirstSeconds,8:0.00} {export.BestSeconds,8:0.00} "
                    + $"{export.PeakMegabytes,8:0} {export.PeakHeapMegabytes,8:0}");
            }
        }

        Console.WriteLine();
        var largest = options.Sizes.Max();
        var smallest = options.Sizes.Min();
        var budgeted = options.Sizes.Contains(BudgetSize) ? BudgetSize : largest;
        var budgets = new[] { ("csv", CsvBudgetSeconds), ("xlsx", WorkbookBudgetSeconds) };
        foreach (var (format, budget) in budgets.Where(f => options.Formats.Contains(f.Item1)))
        {
            var big = results.Single(r => r.Size == budgeted && r.Export.Format == format).Export;
            var verdict = big.FirstSeconds < budget ? "met" : big.BestSeconds < budget ? "met when warm" : "NOT met";
            Print(Invariant, $"{format} of {budgeted:N0} transactions: {big.FirstSeconds:0.00} s first, "
                + $"{big.BestSeconds:0.00} s best (budget {budget} s): {verdict}");
        }

        if (!options.Formats.Contains("csv") || smallest == largest)
        {
            return 0;
        }

        var csvSmall = results.Single(r => r.Size == smallest && r.Export.Format == "csv").Export;
        var csvLarge = results.Single(r => r.Size == largest && r.Export.Format == "csv").Export;
        Print(Invariant, $"csv memory, {smallest:N0} -> {largest:N0} transactions "
            + $"({(double)largest / smallest:0}x the rows): "
            + $"peak resident {csvSmall.PeakMegabytes:0} -> {csvLarge.PeakMegabytes:0} MB, "
            + $"heap held {csvSmall.PeakHeapMegabytes:0} -> {csvLarge.PeakHeapMegabytes:0} MB");
        return 0;
    }

    private static CultureInfo Invariant => CultureInfo.InvariantCulture;

    /// <summary>
    /// A line of figures, formatted in <paramref name="provider"/> (the invariant culture, whatever the machine's).
    /// </summary>
    private static void Print(
        IFormatProvider provider,
        [InterpolatedStringHandlerArgument(nameof(provider))] ref DefaultInterpolatedStringHandler line) =>
        Console.WriteLine(line.ToStringAndClear());

    private static async Task<MeasuredExport> MeasureInChildAsync(
        string format,
        string connectionString,
        Guid sessionId,
        int runs)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            // Started as `dotnet CardProcessor.Reports.Benchmarks.dll`: start the child the same way.
            start.ArgumentList.Add(typeof(ReportsBench).Assembly.Location);
        }

        foreach (
            var argument in new[]
            {
                ExportMeasurement.Command,
                format,
                sessionId.ToString(),
                runs.ToString(CultureInfo.InvariantCulture),
            })
        {
            start.ArgumentList.Add(argument);
        }

        // In the environment, not the command line, where every user of the machine could read it.
        start.Environment[ExportMeasurement.ConnectionVariable] = connectionString;

        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"The {format} measurement failed (exit {child.ExitCode}): {output}");
        }

        var result = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        return JsonSerializer.Deserialize<MeasuredExport>(result)!;
    }
}
