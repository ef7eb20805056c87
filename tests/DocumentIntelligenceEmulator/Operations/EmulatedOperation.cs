using System.Globalization;
using System.Text.Json.Nodes;
using DocumentIntelligenceEmulator.Api;
using DocumentIntelligenceEmulator.Faults;

namespace DocumentIntelligenceEmulator.Operations;

/// <summary>
/// One accepted analysis. Its result is computed when the document arrives; the polls only walk it through
/// <c>running</c> to the scripted end.
/// </summary>
internal sealed class EmulatedOperation
{
    private readonly Lock _lock = new();
    private readonly JsonObject? _result;
    private readonly JsonObject? _error;
    private int _pollAttempts;
    private int _answeredPolls;
    private DateTimeOffset _lastUpdated;

    /// <param name="result">The <c>analyzeResult</c> to end with, or null when <paramref name="error"/> ends
    /// it.</param>
    /// <param name="error">An error that fails the operation whatever the script says (e.g. no sidecar for an
    /// image).</param>
    public EmulatedOperation(string resultId, string modelId, FaultScript script, int runningPolls,
        int retryAfterSeconds, DateTimeOffset created, JsonObject? result, JsonObject? error)
    {
        ResultId = resultId;
        ModelId = modelId;
        Script = script;
        RunningPolls = runningPolls;
        RetryAfterSeconds = retryAfterSeconds;
        Created = created;
        _lastUpdated = created;
        _result = result;
        _error = error;
    }

    public string ResultId { get; }

    public string ModelId { get; }

    public FaultScript Script { get; }

    public int RunningPolls { get; }

    public int RetryAfterSeconds { get; }

    public DateTimeOffset Created { get; }

    /// <summary>The 1-based number of this GET, counting the ones answered with an injected fault.</summary>
    public int NextPollAttempt() => Interlocked.Increment(ref _pollAttempts);

    /// <summary>The <c>AnalyzeOperation</c> body for this poll, and whether the operation has ended.</summary>
    public (JsonObject Body, bool Ended) Poll(DateTimeOffset now)
    {
        lock (_lock)
        {
            _answeredPolls++;
            var running = Script.Outcome == OperationOutcome.Never || _answeredPolls <= RunningPolls;
            if (running)
            {
                return (Body("running"), false);
            }

            if (_lastUpdated == Created)
            {
                _lastUpdated = now;
            }

            var body = (_error, Script.Outcome) switch
            {
                ({ } error, _) => Body("failed", "error", error.DeepClone()),
                (_, OperationOutcome.Failed) =>
                    Body("failed", "error", ServiceErrors.FailedOperationError(Script.FailureCode)),
                (_, OperationOutcome.Canceled) => Body("canceled"),
                _ => Body("succeeded", "analyzeResult", _result!.DeepClone()),
            };
            return (body, true);
        }
    }

    private JsonObject Body(string status, string? name = null, JsonNode? value = null)
    {
        var body = new JsonObject
        {
            ["status"] = status,
            ["createdDateTime"] = Format(Created),
            ["lastUpdatedDateTime"] = Format(_lastUpdated),
        };
        if (name is not null)
        {
            body[name] = value;
        }

        return body;
    }

    private static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
