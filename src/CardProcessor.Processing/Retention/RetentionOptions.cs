using System.ComponentModel.DataAnnotations;

namespace CardProcessor.Processing.Retention;

/// <summary>How long sessions and their uploaded PDFs are kept (section <c>Retention</c>).</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    public bool Enabled { get; set; } = true;

    /// <summary>Counted from the end of a session's billing period; finance keeps seven years.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "18262.00:00:00")]
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromDays(7 * 365 + 2);

    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Sessions deleted per transaction, so a first run on years of data holds no lock for long.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 20;
}
