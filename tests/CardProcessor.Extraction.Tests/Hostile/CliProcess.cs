using System.Diagnostics;
using System.Globalization;

namespace CardProcessor.Extraction.Tests.Hostile;

/// <summary>What one run of the built CLI did: exit code, standard error, wall time and peak resident set.</summary>
public sealed record CliRun(int ExitCode, string Error, TimeSpan Elapsed, long PeakBytes);

/// <summary>
/// Runs the built <c>cardprocessor</c> as a child process and samples <c>VmHWM</c> in
/// <c>/proc/PID/status</c> (the kernel's high-water mark of its resident set) until it exits.
/// </summary>
public static class CliProcess
{
    public static CliRun Extract(string pdfPath)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliAssembly());
        start.ArgumentList.Add("extract");
        start.ArgumentList.Add(pdfPath);
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(5))
        {
            peak = Math.Max(peak, PeakOf(process.Id));
        }

        stopwatch.Stop();
        _ = output.Result;
        return new CliRun(process.ExitCode, error.Result, stopwatch.Elapsed, peak);
    }

    private static string CliAssembly()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CardProcessor.sln")))
        {
            directory = directory.Parent;
        }

        // The test project references the CLI (without its assembly), so a build of the tests builds it.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar))
            .Parent!.Name;
        return Path.Combine(directory!.FullName, "src", "CardProcessor.Cli", "bin", configuration, "net10.0",
            "cardprocessor.dll");
    }

    private static long PeakOf(int processId)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // It exited between the check and the read.
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise, while its /proc entry is torn down.
        }

        return 0;
    }
}
