using CardProcessor.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CardProcessor.Reports.Benchmarks;

/// <summary>A migrated database of the bench's own, dropped when the bench ends.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _admin;
    private readonly string _name = $"cp_bench_{Guid.NewGuid():N}";

    private BenchDatabase(string admin)
    {
        _admin = admin;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = _name }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<BenchDatabase> CreateAsync(string admin)
    {
        var database = new BenchDatabase(admin);
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database._name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        await DatabaseMigrator.MigrateAsync(database.ConnectionString, CancellationToken.None);
        return database;
    }

    public static CardProcessorDbContext Context(string connectionString)
    {
        var options = new DbContextOptionsBuilder<CardProcessorDbContext>();
        CardProcessorDatabase.Configure(options, connectionString);
        return new CardProcessorDbContext(options.Options);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
