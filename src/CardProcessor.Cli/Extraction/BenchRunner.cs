using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CardProcessor.Extraction;

namespace CardProcessor.Cli.Extraction;

/// <summary>
/// Runs <c>cardprocessor bench</c>: extracts the largest fixture and a generated report cold (a new
/// <c>cardprocessor extract</c> process per run) and warm (repeated runs in one process), in child
/// processes so that peak memory is their own, and runs <c>pdftotext -layout</c> on the same files
/// in the same run for comparison.
/// </summary>
internal static class BenchRunner
{
    private const string PdfToText = "/usr/bin/pdftotext";

    public static int Run(FileInfo? fixture, int pages, int runs, TextWriter output)
    {
        var largest = fixture ?? DefaultFixture();
        if (largest is null || !largest.Exists)
        {
            output.WriteLine(
                "bench: the largest fixture (../shared/fixtures/car/car-2099-000.pdf) was not found; pass --fixture.");
            return 2;
        }

        // --pages 0 measures the fixture alone.
        var files = new List<string> { largest.FullName };
        if (pages > 0)
        {
            var generated = Path.Combine(Path.GetTempPath(), "cardprocessor-bench",
                $"generated-car-{pages.ToString(CultureInfo.InvariantCulture)}-pages.pdf");
            Directory.CreateDirectory(Path.GetDirectoryName(generated)!);
            output.WriteLine($"Writing a {pages}-page card activity report to {generated} ...");
            BenchReportWriter.Write(generated, pages);
            files.Add(generated);
        }

        output.WriteLine(
            $"Runs per tool: {runs}. cold s: the fastest of {runs} runs, each a new process (start-up, JIT and");
        output.WriteLine(
            "PdfPig's one-time caches included); warm s: the fastest run after the first inside one process.");
        output.WriteLine(
            $"pdftotext is native: each of its runs is a new process, cold and warm alike. "
            + $"{Describe(SelfConfiguration())}");
        output.WriteLine(BenchMeasurement.Header);
        foreach (var file in files)
        {
            var rows = MeasureFile(file, runs);
            rows.ForEach(r => output.WriteLine(r.ToRow()));
            var extraction = rows[0];
            var pdftotext = rows[^1];
            output.WriteLine(
                string.Create(CultureInfo.InvariantCulture,
                $"  extraction / pdftotext time, cold: {extraction.ColdSeconds / pdftotext.ColdSeconds:F2}x (target "
                + $"3x), warm: {extraction.WarmSeconds / pdftotext.WarmSeconds:F2}x (target 1.2x)"));
        }

        return 0;
    }

    /// <summary>The child side: extracts the file <paramref name="runs"/> times and prints its figures as
    /// JSON.</summary>
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
        output.WriteLine(
            JsonSerializer.Serialize(
            new ChildResult(pages, transactions, times[0], BestAfterFirst(times), process.PeakWorkingSet64)));
        return 0;
    }

    /// <summary>
    /// The extractor as configured (its runtimeconfig and, when published so, ReadyToRun code), then
    /// without tiered compilation, with tiered PGO turned back on and with the precompiled code
    /// ignored, to show what each buys;
    /// pdftotext last. The cold runs of all of them are interleaved, so that load from other work
    /// falls on each alike.
    /// </summary>
    private static List<BenchMeasurement> MeasureFile(string file, int runs)
    {
        var variants = new (string Tool, Dictionary<string, string>? Environment)[]
        {
            ("cardprocessor extract", null),
            ("  DOTNET_TieredCompilation=0", new() { ["DOTNET_TieredCompilation"] = "0" }),
            ("  DOTNET_TieredPGO=1", new() { ["DOTNET_TieredPGO"] = "1" }),
            ("  DOTNET_ReadyToRun=0", new() { ["DOTNET_ReadyToRun"] = "0" }),
        };
        var (command, arguments) = SelfCommand();
        var cold = variants.Select(_ => new List<double>()).ToArray();
        var peaks = new long[variants.Length + 1];
        var pdftotext = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var (seconds, peak, _) = ChildProcessMeter.Run(PdfToText, ["-layout", file, "/dev/null"]);
            pdftotext.Add(seconds);
            peaks[^1] = Math.Max(peaks[^1], peak);
            for (var v = 0; v < variants.Length; v++)
            {
                (seconds, peak, _) = ChildProcessMeter.Run(command, [.. arguments, "extract", file],
                    variants[v].Environment);
                cold[v].Add(seconds);
                peaks[v] = Math.Max(peaks[v], peak);
            }
        }

        var rows = new List<BenchMeasurement>();
        for (var v = 0; v < variants.Length; v++)
        {
            // Warm: one process extracting the file runs + 1 times; its first run is the cold one.
            var (_, peak, text) = ChildProcessMeter.Run(command,
                [.. arguments, "bench", "--child", file, "--runs", (runs + 1).ToString(CultureInfo.InvariantCulture)],
                variants[v].Environment);
            var result = JsonSerializer.Deserialize<ChildResult>(text.Trim())!;
            rows.Add(
                new BenchMeasurement(variants[v].Tool, Path.GetFileName(file), result.Pages, result.Transactions,
                cold[v].Min(), result.BestSeconds, Math.Max(peaks[v], Math.Max(peak, result.PeakBytes))));
        }

        rows.Add(
            new BenchMeasurement("pdftotext -layout", Path.GetFileName(file), rows[0].Pages, rows[0].Transactions,
            pdftotext.Min(), pdftotext.Min(), peaks[^1]));
        return rows;
    }

    /// <summary>The child side's best run excludes its first, which the cold runs measure.</summary>
    private static double BestAfterFirst(List<double> times) => times.Count > 1 ? times.Skip(1).Min() : times[0];

    /// <summary>Whether this program runs precompiled code and which tiering it was configured with.</summary>
    private static (bool ReadyToRun, bool? Tiered, bool? TieredPgo) SelfConfiguration()
    {
        var assembly = typeof(DocumentExtractor).Assembly.Location;
        var readyToRun = assembly.Length > 0 && ReadyToRunImage.IsReadyToRun(assembly);
        return (readyToRun, Switch("System.Runtime.TieredCompilation"), Switch("System.Runtime.TieredPGO"));
    }

    private static bool? Switch(string name) =>
        bool.TryParse(Convert.ToString(AppContext.GetData(name), CultureInfo.InvariantCulture), out var value) ? value
            : null;

    private static string Describe((bool ReadyToRun, bool? Tiered, bool? TieredPgo) configuration) =>
        "This build: " + (configuration.ReadyToRun
            ? "ReadyToRun (published with -r)"
            : "JIT only (not published with -r, so ReadyToRun=0 changes nothing)") + ", "
        + $"tiered compilation {(configuration.Tiered is false ? "off" : "on")}, tiered PGO "
            + $"{(configuration.TieredPgo is false ? "off" : "on")}.";

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

        return directory is null ? null
            : new FileInfo(Path.Combine(directory.FullName, "..", "shared", "fixtures", "car", "car-2099-000.pdf"));
    }

    private sealed record ChildResult(int Pages, int Transactions, double FirstSeconds, double BestSeconds,
        long PeakBytes);
}
