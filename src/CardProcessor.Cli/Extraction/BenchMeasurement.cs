using System.Globalization;

namespace CardProcessor.Cli.Extraction;

/// <summary>One tool's figures on one file: first (cold) and best of the runs, and peak resident memory.</summary>
internal sealed record BenchMeasurement(string Tool, string File, int Pages, int Transactions, double FirstSeconds, double BestSeconds, long PeakBytes)
{
    public double PagesPerSecond => Pages / BestSeconds;

    public double TransactionsPerSecond => Transactions / BestSeconds;

    public string ToRow() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Tool,-22} {File,-28} {Pages,6} {Transactions,8} {FirstSeconds,9:F3} {BestSeconds,9:F3} {PagesPerSecond,9:F0} {TransactionsPerSecond,11:F0} {PeakBytes / 1048576d,9:F1}");

    public static string Header =>
        $"{"tool",-22} {"file",-28} {"pages",6} {"txns",8} {"first s",9} {"best s",9} {"pages/s",9} {"txns/s",11} {"peak MB",9}";
}
