using System.Diagnostics;
using System.Net.Sockets;

namespace CardProcessor.Testing;

/// <summary>
/// A RabbitMQ node of the test's own (<c>rabbitmq-server</c> as user rabbitmq, its own node name, folders,
/// ports and epmd), that a fault test may stop and start again without touching the shared broker.
/// The node is set up the way <c>scripts/infra/start.sh</c> sets up the shared one, without management.
/// </summary>
public sealed class PrivateRabbitMq : IAsyncDisposable
{
    private const string Account = "rabbitmq";
    private const string Bin = "/usr/lib/rabbitmq/bin";
    private readonly string _base = Directory.CreateTempSubdirectory("cp-fault-rabbit-").FullName;
    private readonly string _node = $"cpfault-{Guid.NewGuid():N}@localhost";
    private readonly int _port = ServiceAccountCommand.FreePort();
    private readonly int _epmdPort = ServiceAccountCommand.FreePort();
    private readonly int _distributionPort = ServiceAccountCommand.FreePort();
    private Process? _server;

    public Uri Uri => new($"amqp://cardprocessor:cardprocessor@127.0.0.1:{_port}/");

    public static async Task<PrivateRabbitMq> StartAsync()
    {
        var broker = new PrivateRabbitMq();
        await broker.LaunchAsync();
        return broker;
    }

    /// <summary><c>rabbitmqctl stop_app</c>: the broker closes every connection and stops listening.</summary>
    public Task StopAppAsync() => CtlAsync("stop_app");

    /// <summary><c>rabbitmqctl start_app</c>, waiting until the AMQP port accepts connections again.</summary>
    public async Task StartAppAsync()
    {
        await CtlAsync("start_app");
        await CtlAsync("await_startup", "--timeout", "60");
        await WaitUntilListeningAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await CtlAsync("stop");
        }
        catch (InvalidOperationException)
        {
            // Already down: the kill below reaps whatever is left.
        }

        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
        }

        _server?.Dispose();
        // The epmd this node started on its own port.
        await ServiceAccountCommand.RunAsync(Account, "/usr/bin/epmd", ["-port", _epmdPort.ToString(), "-kill"])
            .ContinueWith(_ => { }, TaskScheduler.Default);
        Directory.Delete(_base, recursive: true);
    }

    private async Task LaunchAsync()
    {
        foreach (var folder in new[] { "home", "mnesia", "log" })
        {
            Directory.CreateDirectory(Path.Combine(_base, folder));
        }

        await File.WriteAllTextAsync(Path.Combine(_base, "enabled_plugins"), "[].\n");
        await File.WriteAllTextAsync(Path.Combine(_base, "rabbitmq-env.conf"), string.Empty);
        await File.WriteAllLinesAsync(Path.Combine(_base, "rabbitmq.conf"),
        [
            $"listeners.tcp.1 = 127.0.0.1:{_port}",
            "default_user = cardprocessor",
            "default_pass = cardprocessor",
            "log.console = false",
        ]);
        var cookie = Path.Combine(_base, "home", ".erlang.cookie");
        await File.WriteAllTextAsync(cookie, Guid.NewGuid().ToString("N").ToUpperInvariant());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(cookie, UnixFileMode.UserRead);
        }

        await ServiceAccountCommand.GiveToAsync(Account, _base);

        var start = ServiceAccountCommand.Start(Account, Path.Combine(Bin, "rabbitmq-server"), [], Environment());
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        _server = Process.Start(start) ?? throw new InvalidOperationException("Could not start rabbitmq-server.");
        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        await WaitUntilListeningAsync();
        await CtlAsync("await_startup", "--timeout", "60");
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            if (_server!.HasExited)
            {
                throw new InvalidOperationException($"rabbitmq-server exited: see {_base}/log");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", _port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(300);
            }
        }
    }

    private Task<string> CtlAsync(params string[] arguments) => ServiceAccountCommand.RunAsync(
        Account, Path.Combine(Bin, "rabbitmqctl"), ["-n", _node, .. arguments], Environment());

    private Dictionary<string, string> Environment() => new()
    {
        ["HOME"] = Path.Combine(_base, "home"),
        ["RABBITMQ_NODENAME"] = _node,
        ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(_base, "rabbitmq-env.conf"),
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(_base, "rabbitmq.conf"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(_base, "enabled_plugins"),
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(_base, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(_base, "log"),
        ["RABBITMQ_PID_FILE"] = Path.Combine(_base, "rabbitmq.pid"),
        ["RABBITMQ_NODE_PORT"] = _port.ToString(),
        ["RABBITMQ_DIST_PORT"] = _distributionPort.ToString(),
        ["ERL_EPMD_PORT"] = _epmdPort.ToString(),
        ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
    };
}
