using System.CommandLine;
using CardProcessor.Data;

namespace CardProcessor.Cli.Commands;

internal static class MigrateCommand
{
    public static Command Create()
    {
        var connection = new Option<string?>("--connection")
        {
            Description = "PostgreSQL connection string "
                + "(default: the ConnectionStrings__Postgres environment variable).",
        };
        var command = new Command("migrate", "Apply pending database migrations and exit.") { connection };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var connectionString = parse.GetValue(connection)
                ?? Environment.GetEnvironmentVariable("ConnectionStrings__Postgres");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                await Console.Error.WriteLineAsync("migrate: give --connection or set ConnectionStrings__Postgres.");
                return 2;
            }

            var applied = await DatabaseMigrator.MigrateAsync(connectionString, cancellationToken);
            Console.WriteLine(applied.Count == 0
                ? "migrate: the database is up to date."
                : $"migrate: applied {string.Join(", ", applied)}.");
            return 0;
        });
        return command;
    }
}
