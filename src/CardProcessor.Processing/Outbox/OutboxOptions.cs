using System.ComponentModel.DataAnnotations;

namespace CardProcessor.Processing.Outbox;

public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>How often the dispatcher looks for messages when nothing woke it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// A message that failed to publish this many times is left unsent with its last error, for diagnosis.
    /// </summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The outbox check reports Degraded once the oldest unpublished message has waited this long.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan BacklogAgeDegraded { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Sent messages are kept this long for diagnosis, then deleted.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan RetainSent { get; set; } = TimeSpan.FromDays(7);
}
