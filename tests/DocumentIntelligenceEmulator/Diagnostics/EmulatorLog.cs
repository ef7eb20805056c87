namespace DocumentIntelligenceEmulator.Diagnostics;

internal static partial class EmulatorLog
{
    [LoggerMessage(1, LogLevel.Information,
        "Accepted {Length} bytes for {ModelId} as {ResultId}, answered from {Source}")]
    public static partial void Accepted(ILogger logger, string modelId, int length, string resultId, string source);

    [LoggerMessage(2, LogLevel.Warning,
        "Page {PageNumber} of {ResultId} has no text layer and no sidecar {SidecarFile} exists; it is answered without "
        + "words")]
    public static partial void PageWithoutWords(ILogger logger, string resultId, int pageNumber, string sidecarFile);

    [LoggerMessage(3, LogLevel.Information, "Injected fault {StatusCode} on {Method} {Path} (attempt {Attempt})")]
    public static partial void FaultInjected(ILogger logger, int statusCode, string method, string path, int attempt);

    [LoggerMessage(4, LogLevel.Information, "Rejected {Method} {Path}: {Reason}")]
    public static partial void CredentialsRejected(ILogger logger, string method, string path, string reason);
}
