using System.Diagnostics;
using System.Globalization;

namespace CardProcessor.LocalDev.Tests.Support;

/// <summary>One of the repository's programs started from its build output, as <c>dotnet X.dll</c>.</summary>
public sealed class BuiltProgram : IAsyncDisposable
{
    private readonly Process _process;

    private BuiltProgram(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    public static BuiltProgram Start(
        string project, string assembly, IEnumerable<string> arguments, IDictionary<string, string?> environment)
    {
        var start = StartInfo(project, assembly, arguments, environment, workingDirectory: null);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{project} did not start");
        return new BuiltProgram(process);
    }

    /// <summary>Runs to completion: exit code, standard output and standard error.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string project,
        string assembly,
        IEnumerable<string> arguments,
        IDictionary<string, string?> environment,
        string workingDirectory)
    {
        using var process = Process.Start(StartInfo(project, assembly, arguments, environment, workingDirectory))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>SIGTERM, as Ctrl-C or a script's cleanup sends: the program shuts down cleanly.</summary>
    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static ProcessStartInfo StartInfo(
        string project,
        string assembly,
        IEnumerable<string> arguments,
        IDictionary<string, string?> environment,
        string? workingDirectory)
    {
        var dll = AssemblyPath(project, assembly);
        var start = new ProcessStartInfo("dotnet", [dll, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(dll)!,
        };
        // The test host's own environment name must not leak into the program under test.
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    /// <summary>The project's build output for the configuration these tests were built in.</summary>
    private static string AssemblyPath(string project, string assembly)
    {
        var release = $"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}";
        var configuration = AppContext.BaseDirectory.Contains(release, StringComparison.Ordinal) ? "Release" : "Debug";
        var path = Path.Combine(
            TestEnvironment.RepositoryRoot, "src", project, "bin", configuration, "net10.0", assembly);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Build {project} first: {path} is missing.");
    }
}
