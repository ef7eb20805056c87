using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Data;

/// <summary>The one place that says how the context talks to PostgreSQL, shared by hosts, tools and tests.</summary>
public static class CardProcessorDatabase
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsHistoryTable("__ef_migrations_history")
                // Category totals are a plain dictionary in a jsonb column.
                .ConfigureDataSource(dataSource => dataSource.EnableDynamicJson()))
            .UseSnakeCaseNamingConvention();
}
