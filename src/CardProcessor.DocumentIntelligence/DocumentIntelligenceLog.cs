using Microsoft.Extensions.Logging;

namespace CardProcessor.DocumentIntelligence;

/// <summary>
/// The client's own log lines: one per operation step. Azure.Core logs each HTTP request through its event
/// source; neither logs document content.
/// </summary>
internal static partial class DocumentIntelligenceLog
{
    [LoggerMessage(1, LogLevel.Information,
        "Document Intelligence accepted a {Length}-byte document for model {ModelId} as result {ResultId} "
        + "(apim-request-id {ApimRequestId})")]
    public static partial void AnalyzeAccepted(ILogger logger, string modelId, long length, string resultId,
        string? apimRequestId);

    [LoggerMessage(2, LogLevel.Debug,
        "Document Intelligence result {ResultId} is {Status}; polling again in {DelayMilliseconds} ms")]
    public static partial void AnalyzePending(ILogger logger, string resultId, string status, double delayMilliseconds);

    [LoggerMessage(3, LogLevel.Information,
        "Document Intelligence result {ResultId} of model {ModelId} succeeded with {PageCount} pages in "
        + "{ElapsedMilliseconds} ms")]
    public static partial void AnalyzeSucceeded(ILogger logger, string modelId, string resultId, int pageCount,
        double elapsedMilliseconds);

    [LoggerMessage(4, LogLevel.Warning,
        "Document Intelligence result {ResultId} of model {ModelId} ended {Status}: {ErrorCode}/{InnerErrorCode}")]
    public static partial void AnalyzeFailed(ILogger logger, string modelId, string resultId, string status,
        string? errorCode, string? innerErrorCode);

    [LoggerMessage(5, LogLevel.Warning, "Document Intelligence model {ModelId} did not finish within {Timeout}")]
    public static partial void AnalyzeTimedOut(ILogger logger, string modelId, TimeSpan timeout);

    [LoggerMessage(6, LogLevel.Warning,
        "Could not delete Document Intelligence result {ResultId}; the service removes it after 24 hours")]
    public static partial void ResultNotDeleted(ILogger logger, string resultId, Exception exception);
}
