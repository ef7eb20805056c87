using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Data;

public static class DatabaseMigrator
{
    /// <summary>Applies pending migrations; returns the ones it applied.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(
        string connectionString,
        CancellationToken cancellationToken)
    {
        var options = new DbContextOptionsBuilder<CardProcessorDbContext>();
        CardProcessorDatabase.Configure(options, connectionString);
        await using var db = new CardProcessorDbContext(options.Options);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }
}
