namespace CardProcessor.Reports.Benchmarks;

/// <param name="Sizes">
/// Transactions per seeded session: a small and a large one, to show whether memory grows with rows.
/// </param>
/// <param name="Runs">
/// Exports per measurement, each in the same child process: the first pays for JIT, the best is the steady state.
/// </param>
/// <param name="Postgres">
/// An administrative connection string; the bench creates its own database and drops it afterwards.
/// </param>
/// <param name="Formats">Which exports to measure: csv, xlsx or both.</param>
internal sealed record BenchOptions(IReadOnlyList<int> Sizes, int Runs, string Postgres, IReadOnlyList<string> Formats)
{
    private const string Usage = "usage: CardProcessor.Reports.Benchmarks "
        + "[--rows 10000,100000] [--runs 3] [--formats csv,xlsx] [--postgres CONNECTION]";

    public static BenchOptions Parse(string[] args)
    {
        IReadOnlyList<int> sizes = [10_000, 100_000];
        var runs = 3;
        IReadOnlyList<string> formats = ["csv", "xlsx"];
        var postgres = Environment.GetEnvironmentVariable("CP_TEST_POSTGRES");
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException(Usage);
            switch (args[i])
            {
                case "--rows":
                    sizes = value.Split(',').Select(int.Parse).ToList();
                    break;
                case "--runs":
                    runs = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "--formats":
                    formats = value.Split(',');
                    break;
                case "--postgres":
                    postgres = value;
                    break;
                default:
                    throw new ArgumentException(Usage);
            }

            i++;
        }

        return new BenchOptions(
            sizes,
            runs,
            postgres is { Length: > 0 }
                ? postgres
                : throw new ArgumentException(
                    "No PostgreSQL: start it with scripts/infra/start.sh and `source .local/infra.env` "
                    + "(CP_TEST_POSTGRES), or pass --postgres."),
            formats);
    }
}
