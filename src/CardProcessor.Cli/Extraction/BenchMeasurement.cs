using System.Globalization;

namespace CardProcessor.Cli.Extraction;

/// <summary>
/// One tool's figures on one file: cold (the fastest of several runs, each in a new process, start-up
/// included), warm (the fastest repeated run inside one process, after its first) and peak resident memory.
/// </summary>
internal sealed record BenchMeasurement(string Tool, string File, int Pages, int Transactions, double ColdSeconds,
    double WarmSeconds, long PeakBytes)
{
    public double PagesPerSecond => Pages / WarmSeconds;

    public double TransactionsPerSecond => Transactions / WarmSeconds;

    public string ToRow() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Tool,-30} {File,-28} {Pages,6} {Transactions,8} {ColdSeconds,8:F3} {WarmSeconds,8:F3} {PagesPerSecond,8:F0} "
            + $"{TransactionsPerSecond,8:F0} {PeakBytes / 1048576d,8:F1}");

    public static string Header =>
        $"{"tool",-30} {"file",-28} {"pages",6} {"txns",8} {"cold s",8} {"warm s",8} {"pages/s",8} {"txns/s",8} "
            + $"{"peak MB",8}";
}
