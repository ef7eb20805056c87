using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CardProcessor.Cli.Hostile;

/// <summary>
/// Runs <c>cardprocessor bench-hostile</c>: each hostile file through a CLI build (this one, or an
/// older one for the "before" figures) in a child process, printing exit code, seconds and peak
/// resident set; with <c>--api</c>, also the upload's status and seconds and the API's peak.
/// </summary>
internal static class HostileBenchRunner
{
    public static async Task<int> RunAsync(HostileBenchOptions options, TextWriter output)
    {
        if (!File.Exists(options.Statement))
        {
            output.WriteLine($"bench-hostile: {options.Statement}: no such statement; pass --statement.");
            return 2;
        }

        var folder = Directory.CreateTempSubdirectory("cardprocessor-hostile-").FullName;
        output.WriteLine($"Writing the hostile files to {folder} ...");
        var files = new[]
        {
            HostileBenchFiles.WritePadded(folder, options.Statement, 64L * 1024 * 1024),
            HostileBenchFiles.WriteOperators(folder, 3_000_000),
            HostileBenchFiles.WriteBomb(folder, options.BombBytes),
        };
        var cli = options.Cli ?? Path.Combine(AppContext.BaseDirectory, "cardprocessor.dll");
        output.WriteLine($"CLI: {cli}");
        output.WriteLine($"{"file",-14} {"bytes",12} {"cli exit",8} {"cli s",7} {"cli peak MiB",12}" +
            (options.Api is null ? string.Empty : $" {"upload",6} {"upload s",8} {"api peak MiB",12}"));
        using var http = options.Api is null ? null : Client(options);
        var session = http is null ? null : await CreateSessionAsync(http);
        foreach (var file in files)
        {
            var (exit, seconds, peak) = MeasureCli(cli, file);
            var row = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(file),-14} {new FileInfo(file).Length,12:N0} {exit,8} {seconds,7:F2} "
                    + $"{peak / 1048576.0,12:F0}"));
            if (http is not null)
            {
                var (status, uploadSeconds) = await UploadAsync(http, session!, file);
                var apiPeak = options.ApiPid is { } pid ? PeakOf(pid) / 1048576.0 : double.NaN;
                row.Append(CultureInfo.InvariantCulture, $" {status,6} {uploadSeconds,8:F2} {apiPeak,12:F0}");
            }

            output.WriteLine(row.ToString());
        }

        Directory.Delete(folder, recursive: true);
        return 0;
    }

    private static (int Exit, double Seconds, long Peak) MeasureCli(string cli, string file)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { cli, "extract", file })
        {
            start.ArgumentList.Add(argument);
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        long peak = 0;
        while (!process.WaitForExit(5))
        {
            peak = Math.Max(peak, PeakOf(process.Id));
        }

        drain.Wait();
        return (process.ExitCode, stopwatch.Elapsed.TotalSeconds, peak);
    }

    private static HttpClient Client(HostileBenchOptions options)
    {
        var http = new HttpClient { BaseAddress = new Uri(options.Api!), Timeout = TimeSpan.FromMinutes(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.Token);
        return http;
    }

    private static async Task<string> CreateSessionAsync(HttpClient http)
    {
        using var response = await http.PostAsync("/api/v1/sessions", new StringContent(
            """{"name":"Hostile bench","periodStart":"2024-02-01","periodEnd":"2024-02-29"}""",
            Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id").GetString()!;
    }

    private static async Task<(int Status, double Seconds)> UploadAsync(HttpClient http, string session, string file)
    {
        using var form = new MultipartFormDataContent();
        using var content = new StreamContent(File.OpenRead(file));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(content, "file", Path.GetFileName(file));
        var stopwatch = Stopwatch.StartNew();
        using var response = await http.PostAsync($"/api/v1/sessions/{session}/documents", form);
        return ((int)response.StatusCode, stopwatch.Elapsed.TotalSeconds);
    }

    private static long PeakOf(int processId)
    {
        try
        {
            var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith("VmHWM:",
                StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0],
                CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
