namespace CardProcessor.Reports.Summary;

/// <param name="Seconds">
/// From the start of processing to the last document's extraction; null until both happened.
/// </param>
public sealed record ProcessingTime(
    DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt, double? Seconds, int Documents, int Pages);
