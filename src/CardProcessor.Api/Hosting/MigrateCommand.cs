using CardProcessor.Data;

namespace CardProcessor.Api.Hosting;

/// <summary><c>CardProcessor.Api migrate</c>: applies pending migrations and exits (the Helm migration Job runs this).</summary>
internal static class MigrateCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
        var connectionString = configuration.GetConnectionString("Postgres");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            await Console.Error.WriteLineAsync("migrate: ConnectionStrings:Postgres is not configured.");
            return 2;
        }

        var applied = await DatabaseMigrator.MigrateAsync(connectionString, CancellationToken.None);
        Console.WriteLine(applied.Count == 0 ? "migrate: the database is up to date." : $"migrate: applied {string.Join(", ", applied)}.");
        return 0;
    }
}
