using CardProcessor.Api.Tests.Infrastructure;
using Npgsql;

namespace CardProcessor.Api.Tests.Auditing;

public sealed class AuditLogTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Audit_log_accepts_inserts()
    {
        await ExecuteAsync(
            "INSERT INTO audit_log (actor, action, entity_type, entity_id, at) VALUES ('tester', 'test.insert', " +
            "'thing', '1', now())");

        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM audit_log"));
    }

    [Theory]
    [InlineData("UPDATE audit_log SET actor = 'someone else'")]
    [InlineData("DELETE FROM audit_log")]
    [InlineData("TRUNCATE audit_log")]
    public async Task Audit_log_refuses_to_change_history_at_the_database(string statement)
    {
        await ExecuteAsync(
            "INSERT INTO audit_log (actor, action, entity_type, entity_id, at) VALUES ('tester', 'test.insert', " +
            "'thing', '1', now())");

        var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(statement));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        Assert.Contains("append-only", error.MessageText, StringComparison.Ordinal);
        Assert.Equal("tester", await ScalarAsync("SELECT actor FROM audit_log"));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
