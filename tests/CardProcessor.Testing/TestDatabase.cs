using CardProcessor.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CardProcessor.Testing;

/// <summary>A fresh, migrated PostgreSQL database of its own for one test class, dropped afterwards.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _name = $"cp_test_{Guid.NewGuid():N}";

    private TestDatabase()
    {
        ConnectionString = new NpgsqlConnectionStringBuilder(TestEnvironment.Postgres) { Database = _name,
            Pooling = true }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase();
        await using (var admin = new NpgsqlConnection(TestEnvironment.Postgres))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database._name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        await DatabaseMigrator.MigrateAsync(database.ConnectionString, CancellationToken.None);
        return database;
    }

    /// <summary>A context without the application's interceptors, for arranging and inspecting rows.</summary>
    public CardProcessorDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<CardProcessorDbContext>();
        CardProcessorDatabase.Configure(options, ConnectionString);
        return new CardProcessorDbContext(options.Options);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(TestEnvironment.Postgres);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
