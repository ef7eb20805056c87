using CardProcessor.DocumentIntelligence.Model;

namespace CardProcessor.DocumentIntelligence;

/// <summary>
/// The service accepted the document but the analysis ended <c>failed</c> or <c>canceled</c>. (An HTTP error
/// before that is Azure.Core's <see cref="Azure.RequestFailedException"/>.)
/// </summary>
public sealed class DocumentAnalysisFailedException : Exception
{
    public DocumentAnalysisFailedException()
        : this("The Document Intelligence analysis failed.")
    {
    }

    public DocumentAnalysisFailedException(string message)
        : this(message, null)
    {
    }

    public DocumentAnalysisFailedException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Status = AnalyzeOperationStatus.Failed;
        ModelId = "";
    }

    public DocumentAnalysisFailedException(string modelId, string status, string? resultId,
        DocumentIntelligenceError? error)
        : base(Describe(modelId, status, resultId, error))
    {
        ModelId = modelId;
        Status = status;
        ResultId = resultId;
        Error = error;
    }

    public string ModelId { get; }

    /// <summary><c>failed</c> or <c>canceled</c>.</summary>
    public string Status { get; }

    /// <summary>The operation's id (last segment of its <c>Operation-Location</c>), for support requests.</summary>
    public string? ResultId { get; }

    /// <summary>The error the service reported, when it reported one.</summary>
    public DocumentIntelligenceError? Error { get; }

    /// <summary>The top-level code, e.g. <c>InternalServerError</c>, <c>InvalidRequest</c>.</summary>
    public string? ErrorCode => Error?.Code;

    /// <summary>The most specific code, e.g. <c>InvalidContentDimensions</c>.</summary>
    public string? InnerErrorCode => Error?.MostSpecificCode;

    private static string Describe(string modelId, string status, string? resultId, DocumentIntelligenceError? error)
    {
        var operation = $"Document Intelligence analysis with model {modelId} ended {status} (result "
            + $"{resultId ?? "unknown"})";
        if (error is null)
        {
            return operation + " without an error from the service.";
        }

        var inner = error.MostSpecificCode is { } innerCode ? $" [{innerCode}: {error.MostSpecificMessage}]" : "";
        return $"{operation}: {error.Code}: {error.Message}{inner}";
    }
}
