namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>Values of <see cref="AnalyzeOperation.Status"/>; compare them ignoring case, as Azure.Core does.</summary>
public static class AnalyzeOperationStatus
{
    public const string NotStarted = "notStarted";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Canceled = "canceled";

    /// <summary>Only for the items of a batch.</summary>
    public const string Skipped = "skipped";
}
