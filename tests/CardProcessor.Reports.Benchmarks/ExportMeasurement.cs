using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CardProcessor.Data;
using CardProcessor.Reports;
using CardProcessor.Reports.Csv;
using CardProcessor.Reports.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CardProcessor.Reports.Benchmarks;

/// <summary>
/// One measurement, in a process of its own: exports a session a number of times to a temporary
/// file through the same writer classes the endpoints call, and reports the times and the process's
/// peak resident set (<c>VmHWM</c>), which is then this export's alone.
/// </summary>
internal static class ExportMeasurement
{
    public const string Command = "measure";

    public const string ConnectionVariable = "CP_BENCH_DATABASE";

    public static async Task<int> RunAsync(string[] args)
    {
        var (format, sessionId) = (args[0], Guid.Parse(args[1]));
        var runs = int.Parse(args[2], CultureInfo.InvariantCulture);
        var connectionString = Environment.GetEnvironmentVariable(ConnectionVariable)!;
        var times = new List<double>();
        long rows = 0, bytes = 0;

        // What the API has done before its first export: its readiness probe (the database health
        // check) has connected through the DbContext, which builds the EF model.
        await using (var probe = BenchDatabase.Context(connectionString))
        {
            await probe.Database.CanConnectAsync();
        }

        // A collection before the first export gives the heap sampler a starting point, so an export
        // small enough to need no collection of its own still reports what is held.
        GC.Collect();
        using var heap = new HeapSampler();
        for (var run = 0; run < runs; run++)
        {
            await using var db = BenchDatabase.Context(connectionString);
            var session = await db.Sessions
                .Where(s => s.Id == sessionId)
                .Select(s => new ReportSession(s.Id, s.Name, s.PeriodStart, s.PeriodEnd))
                .SingleAsync();
            var path = Path.GetTempFileName();
            try
            {
                await using var output = new FileStream(
                    path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024);
                var started = Stopwatch.GetTimestamp();
                rows = await ExportAsync(format, db, output, session);
                await output.FlushAsync();
                times.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
                bytes = output.Length;
            }
            finally
            {
                File.Delete(path);
            }
        }

        var measured = new MeasuredExport(
            format, rows, bytes, times[0], times.Min(), PeakResidentMegabytes(), heap.PeakMegabytes);
        Console.WriteLine(JsonSerializer.Serialize(measured));
        return 0;
    }

    /// <summary>
    /// Through the writer classes the endpoints call: the <c>transactions</c> CSV (the widest dataset)
    /// or the workbook.
    /// </summary>
    private static Task<long> ExportAsync(
        string format, CardProcessorDbContext db, Stream output, ReportSession session)
    {
        if (format != "csv")
        {
            return new ExcelWorkbookWriter(db, NullLogger<ExcelWorkbookWriter>.Instance)
                .WriteAsync(output, session, CancellationToken.None);
        }

        var options = Options.Create(
            new ReportsOptions { ErpVendor = "12332", ErpUnitOfMeasure = "LS", ErpTaxCode = "XX" });
        return new CsvExportWriter(db, options, NullLogger<CsvExportWriter>.Instance)
            .WriteAsync(output, session, CsvDataset.Transactions, CancellationToken.None);
    }

    /// <summary>The peak resident set of this process so far, from <c>/proc/self/status</c> (Linux).</summary>
    private static double PeakResidentMegabytes()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return double.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
    }
}

/// <param name="Rows">Data rows written: CSV records, or rows over all the workbook's sheets.</param>
/// <param name="PeakMegabytes">
/// Peak resident set of the process: runtime, libraries and the garbage collector's budget included.
/// </param>
/// <param name="PeakHeapMegabytes">
/// Largest managed heap seen after a collection: what the export keeps alive, which grows with the rows only if they
/// are held.
/// </param>
internal sealed record MeasuredExport(
    string Format,
    long Rows,
    long Bytes,
    double FirstSeconds,
    double BestSeconds,
    double PeakMegabytes,
    double PeakHeapMegabytes);
