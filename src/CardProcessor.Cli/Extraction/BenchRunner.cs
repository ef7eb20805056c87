using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CardProcessor.Extraction;

namespace CardProcessor.Cli.Extraction;

/// <summary>
/// Runs <c>cardprocessor bench</c>: extracts the largest fixture and a generated report, each in a
/// fresh child process (so that its peak memory is its own), and runs <c>pdftotext -layout</c> on
/// the same files in the same run for comparison.
/// </summary>
internal static class BenchRunner
{
    private const string PdfToText = "/usr/bin/pdftotext";

    public static int Run(FileInfo? fixture, int pages, int runs, TextWriter output)
    {
        var largest = fixture ?? DefaultFixture();
        if (largest is null || !largest.Exists)
        {
            output.WriteLine("bench: the largest fixture (../shared/fixtures/car/car-2099-000.pdf) was not found; pass --fixture.");
            return 2;
        }

        var generated = Path.Combine(Path.GetTempPath(), "cardprocessor-bench", $"generated-car-{pages.ToString(CultureInfo.InvariantCulture)}-pages.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(generated)!);
        output.WriteLine($"Writing a {pages}-page card activity report to {generated} ...");
        BenchReportWriter.Write(generated, pages);

        output.WriteLine($"Runs per tool: {runs}; 'first s' is the first run (cold), 'best s' the fastest; rates use the fastest.");
        output.WriteLine(BenchMeasurement.Header);
        foreach (var file in new[] { largest.FullName, generated })
        {
            var extraction = MeasureExtraction(file, runs, tieredPgo: true);
            var batch = MeasureExtraction(file, runs, tieredPgo: false);
            var pdftotext = MeasurePdfToText(file, runs, extraction.Pages, extraction.Transactions);
            output.WriteLine(extraction.ToRow());
            output.WriteLine(batch.ToRow());
            output.WriteLine(pdftotext.ToRow());
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  extraction / pdftotext time, fastest run: {extraction.BestSeconds / pdftotext.BestSeconds:F2}x ({batch.BestSeconds / pdftotext.BestSeconds:F2}x without tiered PGO)"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  extraction / pdftotext time, first run:   {extraction.FirstSeconds / pdftotext.FirstSeconds:F2}x ({batch.FirstSeconds / pdftotext.FirstSeconds:F2}x without tiered PGO)"));
        }

        return 0;
    }

    /// <summary>The child side: extracts the file <paramref name="runs"/> times and prints its figures as JSON.</summary>
    public static int RunChild(FileInfo file, int runs, TextWriter output)
    {
        var times = new List<double>();
        int pages = 0, transactions = 0;
        for (var run = 0; run < runs; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            using (var pdf = file.OpenRead())
            {
                var document = new DocumentExtractor().Extract(PdfLayoutReader.ReadPages(pdf));
                pages = document.PageCount;
                transactions = document.Cardholders.Sum(c => c.Transactions.Count) + document.Receipts.Count;
            }

            times.Add(stopwatch.Elapsed.TotalSeconds);
        }

        using var process = Process.GetCurrentProcess();
        output.WriteLine(JsonSerializer.Serialize(new ChildResult(pages, transactions, times[0], times.Min(), process.PeakWorkingSet64)));
        return 0;
    }

    /// <summary>
    /// Measures extraction in a fresh process. Tiered PGO instruments the first, unoptimised code
    /// of every method, which a one-document batch run pays for and never gets back; the row
    /// without it shows what a worker configured with <c>TieredPGO=false</c> would do.
    /// </summary>
    private static BenchMeasurement MeasureExtraction(string file, int runs, bool tieredPgo)
    {
        var (command, arguments) = SelfCommand();
        var environment = tieredPgo ? null : new Dictionary<string, string> { ["DOTNET_TieredPGO"] = "0" };
        var (_, peak, text) = ChildProcessMeter.Run(command, [.. arguments, "bench", "--child", file, "--runs", runs.ToString(CultureInfo.InvariantCulture)], environment);
        var result = JsonSerializer.Deserialize<ChildResult>(text.Trim())!;
        var tool = tieredPgo ? "cardprocessor extract" : "  (TieredPGO=0)";
        return new BenchMeasurement(tool, Path.GetFileName(file), result.Pages, result.Transactions, result.FirstSeconds, result.BestSeconds, Math.Max(peak, result.PeakBytes));
    }

    private static BenchMeasurement MeasurePdfToText(string file, int runs, int pages, int transactions)
    {
        var times = new List<double>();
        long peak = 0;
        for (var run = 0; run < runs; run++)
        {
            var (seconds, runPeak, _) = ChildProcessMeter.Run(PdfToText, ["-layout", file, "/dev/null"]);
            times.Add(seconds);
            peak = Math.Max(peak, runPeak);
        }

        return new BenchMeasurement("pdftotext -layout", Path.GetFileName(file), pages, transactions, times[0], times.Min(), peak);
    }

    /// <summary>How to start this same program again: the apphost, or <c>dotnet cardprocessor.dll</c>.</summary>
    private static (string Command, string[] Arguments) SelfCommand()
    {
        var processPath = Environment.ProcessPath ?? "dotnet";
        return Path.GetFileNameWithoutExtension(processPath) == "dotnet"
            ? (processPath, [typeof(BenchRunner).Assembly.Location])
            : (processPath, []);
    }

    private static FileInfo? DefaultFixture()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CardProcessor.sln")))
        {
            directory = directory.Parent;
        }

        return directory is null ? null : new FileInfo(Path.Combine(directory.FullName, "..", "shared", "fixtures", "car", "car-2099-000.pdf"));
    }

    private sealed record ChildResult(int Pages, int Transactions, double FirstSeconds, double BestSeconds, long PeakBytes);
}
