using System.Diagnostics;
using CardProcessor.Data;
using CardProcessor.LoadBench;
using Npgsql;

// Usage: CardProcessor.LoadBench <connection string> [sessions] [transactions per session]
// Creates the database named in the connection string when it is missing, applies the real EF
// migrations, and seeds it unless it already holds sessions (so load.sh can reuse a seeded database).
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: CardProcessor.LoadBench <connection string> [sessions] [transactions per session]");
    return 2;
}

// No command timeout: committing a million rows (index and foreign-key work) takes longer than 30 s here.
var connectionString = new NpgsqlConnectionStringBuilder(args[0]) { CommandTimeout = 0 }.ConnectionString;
var sessions = args.Length > 1 ? int.Parse(args[1]) : 500;
var perSession = args.Length > 2 ? int.Parse(args[2]) : 2_000;

await BenchDatabase.EnsureCreatedAsync(connectionString);
await DatabaseMigrator.MigrateAsync(connectionString, CancellationToken.None);

await using var connection = new NpgsqlConnection(connectionString);
await connection.OpenAsync();
await using (var count = new NpgsqlCommand("SELECT count(*) FROM processing_sessions", connection))
{
    var existing = (long)(await count.ExecuteScalarAsync())!;
    if (existing > 0)
    {
        Console.WriteLine($"bench database already seeded ({existing} sessions); reusing it");
        return 0;
    }
}

var clock = Stopwatch.StartNew();
SeedCounts written;
// One transaction, so an interrupted seed leaves an empty database that the next run seeds again.
await using (var transaction = await connection.BeginTransactionAsync())
{
    written = await new MonthEndSeeder(connection, new SeedShape(sessions, perSession)).SeedAsync();
    await transaction.CommitAsync();
}

await using (var analyze = new NpgsqlCommand("ANALYZE", connection))
{
    await analyze.ExecuteNonQueryAsync();
}

Console.WriteLine(
    $"seeded {written.Sessions:N0} sessions, {written.Transactions:N0} transactions, " +
    $"{written.Receipts:N0} receipts, {written.Issues:N0} issues in {clock.Elapsed.TotalSeconds:F1} s");
return 0;
