using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CardProcessor.Testing;

/// <summary>
/// Runs a server's own tools as its service account (<c>runuser -u user --</c> when the tests run as root,
/// as postgres and RabbitMQ refuse or misbehave as root), the way <c>scripts/infra/lib.sh</c> does.
/// </summary>
public static class ServiceAccountCommand
{
    public static async Task<string> RunAsync(
        string user,
        string program,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null)
    {
        var start = Start(user, program, arguments, environment);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not run {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(patience.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: " +
                $"{await output}{await errors}");
        }

        return await output;
    }

    /// <summary>A start description for a long-running server, its output sent to a log file by the caller.</summary>
    public static ProcessStartInfo Start(
        string user,
        string program,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot ? "runuser" : program)
        {
            UseShellExecute = false,
            // From /, which every account may enter (the test's folder may be closed to it).
            WorkingDirectory = "/",
        };
        if (asRoot)
        {
            foreach (var argument in new[] { "-u", user, "--", program })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return start;
    }

    /// <summary>Gives a folder to the service account (a no-op when the tests do not run as root).</summary>
    public static async Task GiveToAsync(string user, string directory)
    {
        if (Environment.UserName == "root")
        {
            using var chown = Process.Start("chown", ["-R", $"{user}:{user}", directory])!;
            await chown.WaitForExitAsync();
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
