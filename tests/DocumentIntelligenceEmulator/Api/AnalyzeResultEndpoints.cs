using System.Globalization;
using DocumentIntelligenceEmulator.Diagnostics;

namespace DocumentIntelligenceEmulator.Api;

/// <summary><c>GET</c> and <c>DELETE /documentModels/{modelId}/analyzeResults/{resultId}</c>.</summary>
internal static class AnalyzeResultEndpoints
{
    /// <summary>Answers <c>running</c> for the scripted number of polls, then the end state; HTTP 200 even when
    /// failed.</summary>
    public static IResult Get(string modelId, string resultId, HttpRequest request,
        [AsParameters] AnalyzeServices services)
    {
        var operation = services.Operations.Find(modelId, resultId);
        if (operation is null)
        {
            return ServiceErrors.OperationNotFound();
        }

        var attempt = operation.NextPollAttempt();
        if (operation.Script.Poll is { } fault && attempt <= fault.Times)
        {
            EmulatorLog.FaultInjected(services.Logger, fault.StatusCode, request.Method, request.Path, attempt);
            return ServiceErrors.Transient(fault.StatusCode, operation.RetryAfterSeconds);
        }

        var (body, ended) = operation.Poll(services.Time.GetUtcNow());
        var result = TypedResults.Json(body);
        return ended ? result
            : new HeaderResult(result, "Retry-After",
            operation.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture));
    }

    public static IResult Delete(string modelId, string resultId, [AsParameters] AnalyzeServices services) =>
        services.Operations.Remove(modelId, resultId) ? TypedResults.NoContent() : ServiceErrors.OperationNotFound();
}
