using CardProcessor.Data;
using CardProcessor.ServiceDefaults;

namespace CardProcessor.Api.Migrate;

/// <summary>
/// <c>CardProcessor.Api migrate</c>: applies pending migrations and exits (the Helm migration Job runs
/// this). It reads configuration as the API does, Key Vault included, so the Job needs no Secret of its
/// own.
/// </summary>
internal static class MigrateCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.AddKeyVaultSecrets();
        var connectionString = builder.Configuration.GetConnectionString("Postgres");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            await Console.Error.WriteLineAsync("migrate: ConnectionStrings:Postgres is not configured.");
            return 2;
        }

        var applied = await DatabaseMigrator.MigrateAsync(connectionString, CancellationToken.None);
        Console.WriteLine(applied.Count == 0
            ? "migrate: the database is up to date."
            : $"migrate: applied {string.Join(", ", applied)}.");
        return 0;
    }
}
