using CardProcessor.Data;
using Npgsql;

namespace CardProcessor.Testing;

/// <summary>
/// A PostgreSQL server of the test's own (<c>initdb</c> + <c>pg_ctl</c> in a temporary folder, on a free
/// port), with one migrated database, that a fault test may restart or stop without touching the shared
/// server other suites use.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private const string Account = "postgres";
    private readonly string _bin = FindBinaries();
    private readonly string _base = Directory.CreateTempSubdirectory("cp-fault-pg-").FullName;
    private readonly int _port = ServiceAccountCommand.FreePort();

    private string Data => Path.Combine(_base, "data");

    private string LogFile => Path.Combine(_base, "postgres.log");

    public string ConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = _port,
        Username = "postgres",
        Database = "cardprocessor",
        Pooling = true,
    }.ConnectionString;

    public static async Task<PrivatePostgres> StartAsync()
    {
        var server = new PrivatePostgres();
        await server.InitializeAsync();
        return server;
    }

    /// <summary>
    /// <c>pg_ctl restart -m fast</c>: every open connection is cut, the server is back when it returns.
    /// </summary>
    public Task<string> RestartAsync() => PgCtlAsync("restart", "-m", "fast", "-w", "-o", ServerOptions());

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await PgCtlAsync("stop", "-m", "immediate", "-w");
        }
        finally
        {
            Directory.Delete(_base, recursive: true);
        }
    }

    private async Task InitializeAsync()
    {
        await ServiceAccountCommand.GiveToAsync(Account, _base);
        // Trust on 127.0.0.1: a throw-away server that lives as long as one test class.
        await ServiceAccountCommand.RunAsync(Account, Path.Combine(_bin, "initdb"),
            ["-D", Data, "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--auth=trust", "--no-sync"]);
        await File.AppendAllTextAsync(
            Path.Combine(Data, "postgresql.conf"),
            "\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 200\n");
        await PgCtlAsync("start", "-w", "-o", ServerOptions());
        var admin = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres" }.ConnectionString;
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE DATABASE cardprocessor", connection);
            await create.ExecuteNonQueryAsync();
        }

        await DatabaseMigrator.MigrateAsync(ConnectionString, CancellationToken.None);
    }

    private string ServerOptions() => $"-p {_port} -k {_base} -c listen_addresses=127.0.0.1";

    private Task<string> PgCtlAsync(params string[] arguments) => ServiceAccountCommand.RunAsync(
        Account, Path.Combine(_bin, "pg_ctl"), [.. arguments, "-D", Data, "-l", LogFile, "-t", "60", "-s"]);

    private static string FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderBy(bin => bin, StringComparer.Ordinal)
                .LastOrDefault() ?? throw new InvalidOperationException("PostgreSQL binaries not found")
            : throw new InvalidOperationException("PostgreSQL is not installed; run scripts/infra/install.sh");
}
