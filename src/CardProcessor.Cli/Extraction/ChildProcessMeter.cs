using System.Diagnostics;
using System.Globalization;

namespace CardProcessor.Cli.Extraction;

/// <summary>
/// Runs a process to completion, timing it and sampling its peak resident set size
/// (<c>VmHWM</c> in <c>/proc/PID/status</c>, which only grows, so the last sample is the peak so far).
/// </summary>
internal static class ChildProcessMeter
{
    public static (double Seconds, long PeakBytes, string Output) Run(string fileName, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(2))
        {
            peak = Math.Max(peak, ReadPeak(process.Id));
        }

        stopwatch.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} exited with {process.ExitCode}: {error.Result.Trim()}");
        }

        return (stopwatch.Elapsed.TotalSeconds, peak, output.Result);
    }

    private static long ReadPeak(int processId)
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
            // The process ended between the check and the read.
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise: its /proc entry is gone or being torn down.
        }

        return 0;
    }
}
