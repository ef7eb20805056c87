using System.Globalization;

namespace CardProcessor.Extraction.Limits;

/// <summary>Sizes and counts as people read them in a refusal ("64 MiB", "250,000").</summary>
internal static class LimitText
{
    public static string Bytes(long bytes) => bytes switch
    {
        >= 1L << 30 when bytes % (1L << 30) == 0 => Format(bytes >> 30, "GiB"),
        >= 1L << 20 when bytes % (1L << 20) == 0 => Format(bytes >> 20, "MiB"),
        >= 1L << 10 when bytes % (1L << 10) == 0 => Format(bytes >> 10, "KiB"),
        _ => Format(bytes, "bytes"),
    };

    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    public static string Seconds(TimeSpan time) =>
        time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    private static string Format(long value, string unit) =>
        value.ToString("N0", CultureInfo.InvariantCulture) + " " + unit;
}
